package org.roundtable.api.events;

import org.roundtable.api.PartnershipId;

/** A new version of the contract terms was drafted; signatures of earlier versions are void. */
public record ContractTermsDrafted(PartnershipId partnershipId, int version, String terms) {}
