package org.roundtable.audit.tlog;

/** The hash of a complete subtree, final once its last leaf is appended: a row of a server's node table. */
public record SubtreeHash(Subtree subtree, Hash hash) {}
