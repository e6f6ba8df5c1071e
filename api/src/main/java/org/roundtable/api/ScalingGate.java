package org.roundtable.api;

import java.util.List;

/**
 * The scaling gate (SPEC section 10): a PHASE_CHANGE to SCALE cites indicators as evidence, and when it
 * is adopted the partnership moves to SCALE only if, at closing, every cited indicator has reached its
 * target. {@code indicators} are the cited ones, each with its progress at closing; {@code met} whether
 * every one of them reached its target, whatever the outcome (the phase moves when the proposal is also
 * adopted and the move is still allowed).
 */
public record ScalingGate(boolean met, List<IndicatorProgress> indicators) {

    public ScalingGate {
        indicators = List.copyOf(indicators);
    }

    /** Whether a proposal passes the gate: a PHASE_CHANGE to SCALE, the phase of wider roll-out. */
    public static boolean guards(ProposalKind kind, Phase targetPhase) {
        return kind == ProposalKind.PHASE_CHANGE && targetPhase == Phase.SCALE;
    }

    /**
     * The gate with the cited indicators' progress at closing. One that cites none (submitted before the
     * gate existed) is met: nothing it cites holds it back.
     */
    public static ScalingGate of(List<IndicatorProgress> cited) {
        return new ScalingGate(cited.stream().allMatch(IndicatorProgress::reached), cited);
    }
}
