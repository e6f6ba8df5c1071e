package org.roundtable.query.partnership;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.queries.FindPartnershipAsOf;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.query.support.PartnershipHistory;
import org.springframework.stereotype.Component;

/** Answers the partnership as it stood at an instant, folded from the event store, not read from the tables. */
@Component
class PartnershipAsOfQueryHandler {

    private final PartnershipHistory history;

    PartnershipAsOfQueryHandler(PartnershipHistory history) {
        this.history = history;
    }

    @QueryHandler
    Optional<PartnershipView> handle(FindPartnershipAsOf query) {
        return PartnershipFold.of(history.storedBy(query.partnershipId(), query.asOf()));
    }
}
