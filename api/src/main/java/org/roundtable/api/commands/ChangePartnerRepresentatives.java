package org.roundtable.api.commands;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** Makes {@code users} the partner's representatives, replacing those it had; the same set again records nothing. */
public record ChangePartnerRepresentatives(
        @TargetAggregateIdentifier PartnershipId partnershipId, PartnerId partnerId, List<String> users) {}
