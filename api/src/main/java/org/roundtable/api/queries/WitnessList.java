package org.roundtable.api.queries;

import java.util.List;

/** The witnesses registered for a partnership, in order of registration. */
public record WitnessList(List<WitnessView> witnesses) {}
