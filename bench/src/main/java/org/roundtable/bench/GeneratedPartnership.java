package org.roundtable.bench;

import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;

/**
 * A partnership the generator wrote, as the measurements address it.
 *
 * @param id            its id
 * @param partners      its active partners, the electorate of its open proposals
 * @param openProposals proposals left open for the measurements' votes
 * @param events        the events of its history
 */
record GeneratedPartnership(PartnershipId id, List<PartnerId> partners, List<ProposalId> openProposals, long events) {

    String path() {
        return "/api/partnerships/" + id;
    }

    /** An RFC 9162 proof of its tree: {@code kind} inclusion or consistency, with its query. */
    String proof(String kind, String query) {
        return path() + "/proofs/" + kind + "?" + query;
    }

    /** Its trends across loops and phases (SPEC section 10), read from the counters kept per segment. */
    String trends() {
        return path() + "/trends";
    }

    /** Its participation report (SPEC section 4), read from the view. */
    String participation() {
        return path() + "/participation";
    }
}
