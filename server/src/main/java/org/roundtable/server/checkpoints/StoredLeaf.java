package org.roundtable.server.checkpoints;

/** An event as a receipt names it: its stable type name and its stored chain hash in hex, the leaf's input. */
record StoredLeaf(String type, String hash) {}
