package org.roundtable.query.support;

/**
 * The names of the views: each is the name of a view's processing group, and what a read names when it
 * waits for a view. The server feeds every group from one event processor, {@link #VIEWS}, which reads
 * each event once for them all; its positions in {@link ViewPositions} are every view's.
 */
public final class ViewNames {

    /** The processor of every view, the key of its positions, and the group of {@link EveryEvent}. */
    public static final String VIEWS = "views";

    public static final String PARTNERSHIP = "partnership";
    public static final String DECISIONS = "decisions";
    public static final String LESSONS = "lessons";
    /** Who holds which role in which partnership: who may read it. */
    public static final String ACCESS = "access";
    /** Participation (SPEC section 4) and the meetings it counts. */
    public static final String PARTICIPATION = "participation";
    /** Power balance (SPEC section 5). */
    public static final String POWER_BALANCE = "power-balance";
    /** Commitments (SPEC section 6) and the pledges they sum. */
    public static final String COMMITMENTS = "commitments";
    /** The indicators a partnership adopted and their measurements (SPEC section 10). */
    public static final String INDICATORS = "indicators";

    private ViewNames() {}
}
