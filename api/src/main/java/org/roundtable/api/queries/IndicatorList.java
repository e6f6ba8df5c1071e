package org.roundtable.api.queries;

import java.util.List;

/** A partnership's adopted indicators, in order of adoption. */
public record IndicatorList(List<IndicatorView> indicators) {}
