package org.roundtable.query.support;

/** The numbers of the segments a report covers, {@code first} to {@code last} inclusive. */
public record SegmentRange(int first, int last) {

    /** The whole life of a partnership whose segment in force is number {@code current}. */
    public static SegmentRange upTo(int current) {
        return new SegmentRange(1, current);
    }

    /** Segment number {@code number} alone. */
    public static SegmentRange only(int number) {
        return new SegmentRange(number, number);
    }
}
