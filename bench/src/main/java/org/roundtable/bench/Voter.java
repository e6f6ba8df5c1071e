package org.roundtable.bench;

import org.roundtable.api.PartnerId;
import org.roundtable.api.ProposalId;

/**
 * A client voting on one partnership's open proposals through HTTP, as its partners' representative: it
 * goes through every partner on every proposal in turn, and each pass flips the choice of the pass before,
 * so that every vote is an act the server must record (a first vote, then a changed one), never an
 * identical re-vote that records nothing.
 */
final class Voter {

    private final BenchClient client;
    private final GeneratedPartnership partnership;
    private long votes;

    Voter(BenchClient client, GeneratedPartnership partnership) {
        this.client = client;
        this.partnership = partnership;
    }

    GeneratedPartnership partnership() {
        return partnership;
    }

    BenchClient client() {
        return client;
    }

    /** Casts the next vote and answers the server's 204. */
    BenchClient.Response vote() {
        int proposals = partnership.openProposals().size();
        long pairs = (long) proposals * partnership.partners().size();
        long pair = votes % pairs;
        String choice = (votes / pairs) % 2 == 0 ? "AGREE" : "DISAGREE";
        votes++;
        ProposalId proposal = partnership.openProposals().get((int) (pair % proposals));
        PartnerId partner = partnership.partners().get((int) (pair / proposals));
        return client.post(partnership.path() + "/proposals/" + proposal + "/votes", """
                {"partnerId": "%s", "choice": "%s", "rationale": "Weighed at the forum"}""".formatted(partner, choice))
                .expect(204);
    }
}
