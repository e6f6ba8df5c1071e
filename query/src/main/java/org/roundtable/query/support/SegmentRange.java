package org.roundtable.query.support;

/**
 * The numbers of the segments a report covers, {@code first} to {@code last} inclusive; {@code wholeLife}
 * when they are every segment the partnership has been in, whose counters are also kept summed.
 */
public record SegmentRange(int first, int last, boolean wholeLife) {

    /** The whole life of a partnership whose segment in force is number {@code current}. */
    public static SegmentRange upTo(int current) {
        return new SegmentRange(1, current, true);
    }

    /** Segment number {@code number} alone. */
    public static SegmentRange only(int number) {
        return new SegmentRange(number, number, false);
    }
}
