package org.roundtable.bench;

/** The measurements: what each measures, against which baseline of the same run, and its target. */
enum Measure {
    P1(
            "votes/s through HTTP, concurrent clients on distinct partnerships",
            "raw JDBC single-row inserts of a stored vote's row, as many clients, synchronous commit on",
            Target.atLeast(0.5)),
    P2(
            "projection lag under P1's load: vote acknowledged → visible in /participation (p99)",
            "P1's p50 vote latency",
            Target.atMost(10)),
    P3(
            "vote latency (p50) on the long partnership",
            "the same on a fresh partnership with as many partners",
            Target.atMost(1.5)),
    P4(
            "rebuild of every view from the whole store (events/s)",
            "raw sequential JDBC read of the event table",
            Target.atLeast(0.3)),
    P5(
            "participation report latency (p50) on the long partnership",
            "the same report on the short partnership, as many partners",
            Target.atMost(1.5)),
    P6(
            "audit-chain verification of the long partnership (events/s)",
            "raw sequential JDBC read of its rows",
            Target.atLeast(0.5)),
    P7("P4's rebuild with the server at -Xmx256m", null, null),
    P8(
            "a forum votes at once: votes/s through HTTP, every seat of a large forum on one proposal",
            "P1's votes/s",
            Target.atLeast(0.5)),
    P9(
            "trends latency (p50) per (loop, phase) shown, on the long partnership",
            "the same on the short partnership, as many partners",
            Target.atMost(1.5)),
    P10(
            "proof latency (p50): inclusion and consistency proofs in turn, on the long partnership's tree",
            "the same proofs on the short partnership's tree",
            Target.atMost(1.5));

    private final String measures;
    private final String against;
    private final Target target;

    Measure(String measures, String against, Target target) {
        this.measures = measures;
        this.against = against;
        this.target = target;
    }

    String measures() {
        return measures;
    }

    /** What the baseline is, in words; null for P7, which has none. */
    String against() {
        return against;
    }

    /** The bound of measured / baseline; null for P7, whose target is to survive. */
    Target target() {
        return target;
    }

    /** A figure compared with its baseline. */
    Result compared(Figure measured, String detail, Figure baseline) {
        return new Result(this, measured, detail, baseline, target.metBy(measured.value() / baseline.value()));
    }

    /** No figure: the measurement failed. */
    Result failed(String why) {
        return new Result(this, null, why, null, false);
    }
}
