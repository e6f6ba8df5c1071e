package org.roundtable.api.queries;

import java.util.List;

/** One page of partnerships. */
public record PartnershipPage(List<PartnershipSummary> items, int page, int size, long totalItems) {}
