package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnershipId;

/** Removes a coordinator; refused for the last one, since nobody could manage the partnership then. */
public record RemoveCoordinator(@TargetAggregateIdentifier PartnershipId partnershipId, String user) {}
