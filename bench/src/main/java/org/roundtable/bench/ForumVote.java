package org.roundtable.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * P8: a forum votes at once. As many representatives as sit at a large forum vote on one proposal at the
 * same moment, each for its own partner and each as fast as it is answered, every vote changing the one
 * before it; any answer but 204 stops the measurement, so a figure means that every vote was carried out.
 * Compared with P1's rate in the same run, where as few clients vote on partnerships of their own.
 */
final class ForumVote {

    private final BenchClient client;
    private final Sizes sizes;

    ForumVote(ServerProcess server, Sizes sizes) {
        this.client = server.settings().user();
        this.sizes = sizes;
    }

    /** P8's figure against {@code p1}, the result of P1 measured before it in this run. */
    Result measure(Result p1) throws Exception {
        if (p1.measured() == null) {
            throw new IllegalStateException("P1 produced no rate to compare with");
        }
        String partnership = "/api/partnerships/"
                + client.post("/api/partnerships", """
                {"name": "The forum at once", "purpose": "Decide together",
                 "decisionRule": {"method": "MAJORITY"}}""")
                        .expect(201)
                        .json()
                        .path("id")
                        .asText();
        List<String> partners = new ArrayList<>();
        for (int i = 0; i < sizes.forumSeats(); i++) {
            partners.add(client.post(partnership + "/partners", """
                    {"name": "Seat %d", "sector": "%s", "representatives": ["%s"]}""".formatted(
                                    i, i % 2 == 0 ? "PUBLIC" : "COMMUNITY", ServerSettings.USER))
                    .expect(201)
                    .json()
                    .path("id")
                    .asText());
        }
        String votes = partnership + "/proposals/"
                + client.post(partnership + "/proposals", """
                {"partnerId": "%s", "kind": "OBJECTIVE", "title": "Open the river banks", "text": "To everyone"}""".formatted(partners.get(0)))
                        .expect(201)
                        .json()
                        .path("id")
                        .asText()
                + "/votes";

        Load.Outcome forum = Load.run(sizes.load(), partners.size(), seat -> {
            long[] cast = {0};
            return () -> client.post(
                            votes, """
                    {"partnerId": "%s", "choice": "%s", "rationale": "Said at the forum"}""".formatted(partners.get(seat), cast[0]++ % 2 == 0 ? "AGREE" : "DISAGREE"))
                    .expect(204);
        });
        return Measure.P8.compared(
                new Figure(forum.perSecond(), "votes/s"),
                "p50 %s ms, p99 %s ms, %s; %d clients on one proposal, no answer but 204"
                        .formatted(
                                Figure.number(forum.p50()),
                                Figure.number(forum.p99()),
                                forum.warmedUp(),
                                partners.size()),
                p1.measured());
    }
}
