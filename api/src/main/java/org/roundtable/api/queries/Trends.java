package org.roundtable.api.queries;

import java.util.List;

/** Is the partnership becoming more balanced: one {@link TrendSegment} per (loop, phase) it has been in, oldest first. */
public record Trends(List<TrendSegment> segments) {}
