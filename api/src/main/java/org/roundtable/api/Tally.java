package org.roundtable.api;

import java.util.Collection;

/**
 * The count of a proposal's latest votes: one per electorate member that voted.
 * {@code eligible} is the size of the electorate, {@code voted} how many of it voted.
 */
public record Tally(int agree, int abstain, int disagree, int block, int eligible, int voted) {

    /** Counts the latest vote of each elector who voted, out of {@code eligible} electors. */
    public static Tally count(Collection<VoteChoice> latestVotes, int eligible) {
        int agree = 0;
        int abstain = 0;
        int disagree = 0;
        int block = 0;
        for (VoteChoice choice : latestVotes) {
            switch (choice) {
                case AGREE -> agree++;
                case ABSTAIN -> abstain++;
                case DISAGREE -> disagree++;
                case BLOCK -> block++;
            }
        }
        return new Tally(agree, abstain, disagree, block, eligible, latestVotes.size());
    }

    /** The tally of a proposal nobody has voted on yet. */
    public static Tally empty(int eligible) {
        return new Tally(0, 0, 0, 0, eligible, 0);
    }
}
