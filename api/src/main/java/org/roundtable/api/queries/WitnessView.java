package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.WitnessId;

/** A witness as registered: who runs it, and the signed-note verifier key its cosignatures verify with. */
public record WitnessView(WitnessId witnessId, String name, String verifierKey, Instant registeredAt) {}
