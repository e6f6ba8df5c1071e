package org.roundtable.api.events;

import org.roundtable.api.LapseReason;
import org.roundtable.api.PartnershipId;

/** The contract in force stopped being so. */
public record ContractLapsed(PartnershipId partnershipId, int version, LapseReason reason) {}
