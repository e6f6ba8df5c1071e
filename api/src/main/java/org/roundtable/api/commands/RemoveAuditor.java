package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;

/** Ends a user's appointment as auditor of the partnership. */
public record RemoveAuditor(@TargetAggregateIdentifier PartnershipId partnershipId, String user) {}
