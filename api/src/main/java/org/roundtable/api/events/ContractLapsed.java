package org.roundtable.api.events;

import org.roundtable.api.*;

/** The contract in force stopped being so. */
public record ContractLapsed(PartnershipId partnershipId, int version, LapseReason reason) {
}
