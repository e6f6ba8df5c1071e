package org.roundtable.api.queries;

import java.util.List;

/** A partnership's open proposals, the oldest first: what its partners can still vote on. */
public record Agenda(List<AgendaItem> proposals) {}
