package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.*;

/** A partnership's decisions, oldest first. */
public record DecisionLog(List<DecisionView> decisions) {
}
