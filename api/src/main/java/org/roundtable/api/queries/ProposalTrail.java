package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.ProposalId;

/** How a proposal was decided: its events from submission to closing, in the order they were recorded. */
public record ProposalTrail(ProposalId proposalId, List<TrailEntry> entries) {}
