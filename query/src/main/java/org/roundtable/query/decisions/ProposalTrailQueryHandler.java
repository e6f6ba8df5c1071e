package org.roundtable.query.decisions;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.queries.FindProposalTrail;
import org.roundtable.api.queries.ProposalTrail;
import org.roundtable.query.support.PartnershipHistory;
import org.springframework.stereotype.Component;

/** Answers the trail of a proposal, folded from the event store without touching the decision tables. */
@Component
class ProposalTrailQueryHandler {

    private final PartnershipHistory history;

    ProposalTrailQueryHandler(PartnershipHistory history) {
        this.history = history;
    }

    /** Only the partnership's own stream is read, so another partnership's proposal is not found. */
    @QueryHandler
    Optional<ProposalTrail> handle(FindProposalTrail query) {
        return TrailFold.of(
                query.proposalId(), history.events(query.partnershipId()).iterator());
    }
}
