package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.Phase;

/** The lessons logged for one phase, oldest first. */
public record PhaseLessons(Phase phase, List<LessonView> lessons) {}
