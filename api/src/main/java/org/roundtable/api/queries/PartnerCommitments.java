package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;

/** A partner's pledges summed per unit; a withdrawn partner's figures stay as they were. */
public record PartnerCommitments(PartnerId partnerId, String name, PartnerStatus status, List<UnitCommitments> units) {}
