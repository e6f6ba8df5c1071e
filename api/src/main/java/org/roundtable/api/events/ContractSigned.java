package org.roundtable.api.events;

import org.roundtable.api.*;

/** A partner signed a version of the contract. */
public record ContractSigned(PartnershipId partnershipId, int version, PartnerId partnerId, Sector sector, String signatory) {
}
