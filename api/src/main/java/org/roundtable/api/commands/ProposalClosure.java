package org.roundtable.api.commands;

import org.roundtable.api.Outcome;
import org.roundtable.api.Tally;

/** What closing a proposal decided, answered by {@link CloseProposal}. */
public record ProposalClosure(Outcome outcome, Tally tally) {}
