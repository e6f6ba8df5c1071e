package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** Every active partner has signed the current version of the contract. */
public record ContractCameIntoForce(PartnershipId partnershipId, int version) {}
