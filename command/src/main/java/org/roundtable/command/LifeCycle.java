package org.roundtable.command;

import org.roundtable.api.Phase;
import org.roundtable.api.Segment;

/**
 * The partnership life cycle Mobilize → Co-Develop → Pilot-test → Scale, which loops
 * (plan-do-check-act): from Scale a partnership may go back to Co-Develop.
 */
final class LifeCycle {

    private LifeCycle() {}

    /** Allowed moves: one step forward, or {@code SCALE} back to {@code CO_DEVELOP}. */
    static boolean allowsMove(Phase from, Phase to) {
        boolean oneStepForward = to.ordinal() == from.ordinal() + 1;
        boolean loopAround = Segment.startsNextLoop(from, to);
        return oneStepForward || loopAround;
    }
}
