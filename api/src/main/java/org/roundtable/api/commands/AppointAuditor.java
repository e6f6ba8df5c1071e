package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;

/** Lets a user audit the partnership; appointing an auditor again records nothing. */
public record AppointAuditor(@TargetAggregateIdentifier PartnershipId partnershipId, String user) {}
