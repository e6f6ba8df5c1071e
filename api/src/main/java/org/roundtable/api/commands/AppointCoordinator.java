package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;

/** Makes a user a coordinator of the partnership; appointing a coordinator again records nothing. */
public record AppointCoordinator(@TargetAggregateIdentifier PartnershipId partnershipId, String user) {}
