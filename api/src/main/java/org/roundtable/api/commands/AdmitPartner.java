package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.*;

/** Admits a partner organisation with a sector. */
public record AdmitPartner(@TargetAggregateIdentifier PartnershipId partnershipId, PartnerId partnerId, String name, Sector sector) {
}
