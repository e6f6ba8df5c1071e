package org.roundtable.api.queries;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.*;

/** Asks for a partnership's closed proposals, oldest first; answers an optional {@link DecisionLog}. */
public record FindDecisions(PartnershipId partnershipId) {
}
