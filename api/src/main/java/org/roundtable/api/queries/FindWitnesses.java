package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for the witnesses registered for a partnership, in order of registration; answers an optional {@link WitnessList}. */
public record FindWitnesses(PartnershipId partnershipId) {}
