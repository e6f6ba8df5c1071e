package org.roundtable.bench;

import java.util.Random;
import java.util.function.Supplier;

/**
 * P3, P5, P9 and P10: what a long history costs one request, against the same request on a short one. The two
 * partnerships are asked in turn, one request at a time, so that the machine's noise falls on both alike.
 */
final class HistoryCost {

    /** Requests of each kind before the timed ones: the first vote on a long history may write its snapshot. */
    private static final int WARM_UP = 10;

    private final BenchClient client;
    private final DataSet data;
    private final Sizes sizes;

    HistoryCost(ServerProcess server, DataSet data, Sizes sizes) {
        this.client = server.settings().user();
        this.data = data;
        this.sizes = sizes;
    }

    /** P3: a vote on the long partnership against a vote on a fresh one with as many partners. */
    Result votes() {
        Voter longVoter = new Voter(client, data.longHistory());
        Voter freshVoter = new Voter(client, data.fresh());
        Latencies[] latencies = inTurn(sizes.commandSamples(), longVoter::vote, freshVoter::vote);
        return Measure.P3.compared(
                new Figure(latencies[0].p50(), "ms"),
                describe(latencies, "votes", data.longHistory(), data.fresh()),
                new Figure(latencies[1].p50(), "ms"));
    }

    /** P5: the participation report of the long partnership against that of the short one. */
    Result reports() {
        Latencies[] latencies =
                inTurn(sizes.reportSamples(), () -> report(data.longHistory()), () -> report(data.shortHistory()));
        return Measure.P5.compared(
                new Figure(latencies[0].p50(), "ms"),
                describe(latencies, "reports", data.longHistory(), data.shortHistory()),
                new Figure(latencies[1].p50(), "ms"));
    }

    /**
     * P9: the trends of the long partnership against those of the short one, each per segment it shows: a
     * longer life has been in more (loop, phase)s, and each is a row of the answer, but no segment may cost
     * more for the events behind it.
     */
    Result trends() {
        int longSegments = segments(data.longHistory());
        int shortSegments = segments(data.shortHistory());
        Latencies[] latencies = inTurn(
                sizes.reportSamples(),
                () -> client.get(data.longHistory().trends()).expect(200),
                () -> client.get(data.shortHistory().trends()).expect(200));
        return Measure.P9.compared(
                new Figure(latencies[0].p50() / longSegments, "ms"),
                describe(latencies, "trends", data.longHistory(), data.shortHistory())
                        + "; %d segments vs %d; p50 %s ms vs %s ms in all"
                                .formatted(
                                        longSegments,
                                        shortSegments,
                                        Figure.number(latencies[0].p50()),
                                        Figure.number(latencies[1].p50())),
                new Figure(latencies[1].p50() / shortSegments, "ms"));
    }

    /**
     * P10: proofs of the long partnership's tree against the same proofs of the short one's, an inclusion proof
     * of a random event and a consistency proof from a random size, in turn, both to the whole tree. The first
     * requests (the warm-up) bring each tree up to date with the events the generator stored; after that a
     * proof reads O(log n) stored subtrees, which is what is timed.
     */
    Result proofs() {
        Random random = new Random(10);
        Latencies[] latencies = inTurn(
                sizes.reportSamples(),
                () -> proof(data.longHistory(), random),
                () -> proof(data.shortHistory(), random));
        return Measure.P10.compared(
                new Figure(latencies[0].p50(), "ms"),
                describe(latencies, "proofs", data.longHistory(), data.shortHistory()),
                new Figure(latencies[1].p50(), "ms"));
    }

    private BenchClient.Response proof(GeneratedPartnership partnership, Random random) {
        long size = partnership.events();
        long from = 1 + (long) (random.nextDouble() * (size - 1));
        return random.nextBoolean()
                ? client.get(partnership.proof("inclusion", "sequence=" + from + "&treeSize=" + size))
                        .expect(200)
                : client.get(partnership.proof("consistency", "from=" + from + "&to=" + size))
                        .expect(200);
    }

    private int segments(GeneratedPartnership partnership) {
        return client.get(partnership.trends())
                .expect(200)
                .json()
                .path("segments")
                .size();
    }

    private BenchClient.Response report(GeneratedPartnership partnership) {
        return client.get(partnership.participation()).expect(200);
    }

    /** The durations of {@code samples} requests of each kind, asked in turn after a warm-up. */
    private static Latencies[] inTurn(
            int samples, Supplier<BenchClient.Response> first, Supplier<BenchClient.Response> second) {
        for (int i = 0; i < WARM_UP; i++) {
            first.get();
            second.get();
        }
        Latencies[] latencies = {new Latencies(), new Latencies()};
        for (int i = 0; i < samples; i++) {
            latencies[0].record(first.get().durationNanos());
            latencies[1].record(second.get().durationNanos());
        }
        return latencies;
    }

    private static String describe(
            Latencies[] latencies, String what, GeneratedPartnership measured, GeneratedPartnership baseline) {
        return "%d %s each; %,d events and %d partners vs %,d events; p99 %s ms vs %s ms"
                .formatted(
                        latencies[0].count(),
                        what,
                        measured.events(),
                        measured.partners().size(),
                        baseline.events(),
                        Figure.number(latencies[0].p99()),
                        Figure.number(latencies[1].p99()));
    }
}
