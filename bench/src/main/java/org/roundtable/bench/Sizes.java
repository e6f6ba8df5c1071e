package org.roundtable.bench;

import java.time.Duration;

/**
 * How much the benchmark generates and how long it measures: the sizes of the README's Performance section in full mode; in quick mode,
 * for CI, the same code paths on 1/250 of the events and shorter loads, so that the whole run, five rebuilds (P4,
 * P7) included, takes a few minutes.
 *
 * @param mode                  "full" or "quick", for the table
 * @param totalEvents           events in the store before the measurements (P4, P7): every partnership's
 * @param longHistory           events of the long partnership (P3, P5, P6)
 * @param shortHistory          events of the partnership whose report is P5's baseline
 * @param reportPartners        partners of the long, the short and the fresh partnership (P3, P5)
 * @param fillerHistory         events of each partnership that fills the store up to {@code totalEvents}
 * @param fillerPartners        partners of each of them
 * @param clients               concurrent HTTP clients of P1 and P2, each on a partnership of its own
 * @param clientPartners        partners of each of those partnerships
 * @param clientProposals       open proposals of each, which its client votes on in turn
 * @param forumSeats            partners of P8's forum, each voting through a client of its own
 * @param load                  how P1, its baseline, P2 and P8 warm up and are measured
 * @param serverWarmUp          the least warm-up of P1's votes, the first HTTP load of the server: until its JIT
 *                              has compiled the request path (rates rose for three to five minutes on two cores)
 * @param rebuilds              P4's timed rebuilds, after one that builds the views and warms the server up
 * @param commandSamples        commands timed on each partnership of P3
 * @param reportSamples         reports timed on each partnership of P5
 * @param passes                passes of the audit (P6) and of each raw read, whose median is taken
 */
record Sizes(
        String mode,
        int totalEvents,
        int longHistory,
        int shortHistory,
        int reportPartners,
        int fillerHistory,
        int fillerPartners,
        int clients,
        int clientPartners,
        int clientProposals,
        int forumSeats,
        Load.Schedule load,
        Duration serverWarmUp,
        int rebuilds,
        int commandSamples,
        int reportSamples,
        int passes) {

    /** Both modes judge a load warm alike; they differ in how long they wait for it and measure it. */
    private static final Stability LOAD_STABILITY = new Stability(3, 0.10);

    static Sizes full() {
        return new Sizes(
                "full",
                1_000_000,
                100_000,
                1_000,
                200,
                10_000,
                20,
                8,
                10,
                5,
                48,
                Load.Schedule.at(
                        Duration.ofSeconds(1), LOAD_STABILITY, Duration.ofSeconds(60), Duration.ofSeconds(12), 5),
                Duration.ofSeconds(300),
                3,
                200,
                100,
                3);
    }

    static Sizes quick() {
        return new Sizes(
                "quick",
                4_000,
                2_000,
                400,
                50,
                500,
                20,
                8,
                10,
                5,
                48,
                Load.Schedule.at(
                        Duration.ofSeconds(1), LOAD_STABILITY, Duration.ofSeconds(10), Duration.ofSeconds(2), 3),
                Duration.ZERO,
                3,
                30,
                20,
                5);
    }
}
