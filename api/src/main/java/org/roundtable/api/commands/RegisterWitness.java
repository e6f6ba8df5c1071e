package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.WitnessId;

/**
 * Registers a partner's witness: who runs it, and the signed-note verifier key whose cosignatures of the
 * partnership's checkpoints the server will accept.
 */
public record RegisterWitness(
        @TargetAggregateIdentifier PartnershipId partnershipId, WitnessId witnessId, String name, String verifierKey) {}
