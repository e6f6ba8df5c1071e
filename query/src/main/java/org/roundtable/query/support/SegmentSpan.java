package org.roundtable.query.support;

import java.time.Instant;
import org.roundtable.api.Segment;

/** A segment a partnership has been in: its number (from 1), its (loop, phase), and when it began and ended (null while it lasts). */
public record SegmentSpan(int number, Segment segment, Instant from, Instant to) {}
