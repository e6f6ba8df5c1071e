package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;
import org.roundtable.api.WitnessId;

/** A coordinator registered a witness: its cosignatures of the partnership's checkpoints count from now on. */
public record WitnessRegistered(PartnershipId partnershipId, WitnessId witnessId, String name, String verifierKey) {}
