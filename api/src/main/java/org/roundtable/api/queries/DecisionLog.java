package org.roundtable.api.queries;

import java.util.List;

/** A partnership's decisions, oldest first. */
public record DecisionLog(List<DecisionView> decisions) {}
