package org.roundtable.api;

/**
 * The count of a proposal's latest votes: one per electorate member that voted.
 * {@code eligible} is the size of the electorate, {@code voted} how many of it voted.
 */
public record Tally(int agree, int abstain, int disagree, int block, int eligible, int voted) {

    /** The tally of a proposal nobody has voted on yet. */
    public static Tally empty(int eligible) {
        return new Tally(0, 0, 0, 0, eligible, 0);
    }
}
