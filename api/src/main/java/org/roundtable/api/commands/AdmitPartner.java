package org.roundtable.api.commands;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** Admits a partner organisation with a sector and the users who represent it (none: appointed later). */
public record AdmitPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partnerId,
        String name,
        Sector sector,
        List<String> representatives) {

    /** A partner whose representatives are appointed later. */
    public AdmitPartner(PartnershipId partnershipId, PartnerId partnerId, String name, Sector sector) {
        this(partnershipId, partnerId, name, sector, List.of());
    }
}
