package org.roundtable.api.queries;

import java.util.List;

/** A partnership's lessons grouped by phase, in life-cycle order. */
public record LessonBook(List<PhaseLessons> phases) {}
