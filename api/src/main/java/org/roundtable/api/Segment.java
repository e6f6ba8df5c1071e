package org.roundtable.api;

import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;

/**
 * A stretch of a partnership's life: a phase within a loop of plan-do-check-act. A partnership starts in
 * loop 1 and each move from SCALE back to CO_DEVELOP starts the next loop. Every event belongs to the
 * segment in force when it was recorded, which {@link #of} folds from the stream: the one place where
 * the write side, the views and the trends learn it.
 */
public record Segment(int loop, Phase phase) {

    /** The loop a partnership starts in. */
    public static final int FIRST_LOOP = 1;

    /**
     * The segment {@code event} belongs to, and so the one in force after it, {@code before} being the
     * segment in force before it (null before the partnership was formed). A PhaseChanged belongs to the
     * segment it starts; the ProposalClosed that caused it, to the one it ends.
     */
    public static Segment of(Segment before, Object event) {
        if (event instanceof PartnershipFormed formed) {
            return formed(formed);
        }
        if (event instanceof PhaseChanged changed) {
            return before.after(changed);
        }
        return before;
    }

    /** The first segment: loop 1, in the phase the partnership was formed in. */
    public static Segment formed(PartnershipFormed formed) {
        return new Segment(FIRST_LOOP, formed.phase());
    }

    /** Whether a move from {@code from} to {@code to} starts the next loop: only SCALE back to CO_DEVELOP does. */
    public static boolean startsNextLoop(Phase from, Phase to) {
        return from == Phase.SCALE && to == Phase.CO_DEVELOP;
    }

    /** The segment a move from this one to {@code to} starts, which the write side records in its PhaseChanged. */
    public Segment moveTo(Phase to) {
        return new Segment(loopAfter(phase, to), to);
    }

    /**
     * The segment {@code changed} starts: the loop it records, or for a PhaseChanged stored before loops
     * were recorded (its {@code loop} reads as 0, and stored events are never rewritten) the loop its move
     * gives from this segment's.
     */
    public Segment after(PhaseChanged changed) {
        int recorded = changed.loop();
        return new Segment(recorded >= FIRST_LOOP ? recorded : loopAfter(changed.from(), changed.to()), changed.to());
    }

    private int loopAfter(Phase from, Phase to) {
        return startsNextLoop(from, to) ? loop + 1 : loop;
    }
}
