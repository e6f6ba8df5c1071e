package org.roundtable.api.events;

import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** A partner signed a version of the contract. */
public record ContractSigned(
        PartnershipId partnershipId, int version, PartnerId partnerId, Sector sector, String signatory) {}
