package org.roundtable.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PowerFlagType;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;

/** A power imbalance the report flags; only the ids its type concerns are present. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PowerFlag(
        PowerFlagType type,
        @Nullable PartnerId partnerId,
        @Nullable ProposalId proposalId,
        @Nullable Sector sector) {

    public static PowerFlag agendaConcentration(PartnerId partnerId) {
        return new PowerFlag(PowerFlagType.AGENDA_CONCENTRATION, partnerId, null, null);
    }

    public static PowerFlag sectorOverruled(ProposalId proposalId, Sector sector) {
        return new PowerFlag(PowerFlagType.SECTOR_OVERRULED, null, proposalId, sector);
    }

    public static PowerFlag pursePower(PartnerId partnerId) {
        return new PowerFlag(PowerFlagType.PURSE_POWER, partnerId, null, null);
    }
}
