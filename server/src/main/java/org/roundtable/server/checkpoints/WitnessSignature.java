package org.roundtable.server.checkpoints;

import org.roundtable.api.WitnessId;

/** A registered witness's signature line over a checkpoint's body, verified with its key. */
record WitnessSignature(WitnessId witnessId, String line) {}
