package org.roundtable.api.queries;

import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;

/** One active partner's weight in the decided proposals and in the EUR pledged. */
public record PartnerPower(
        PartnerId partnerId,
        String name,
        Sector sector,
        int proposalsDecided,
        int proposalsAdopted,
        double adoptionRate,
        double agendaShare,
        int overruled,
        double alignment,
        double resourceShare) {}
