package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.PartnerId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;

/** One open proposal on the agenda: who submitted it, what it is about, and since when. */
public record AgendaItem(
        ProposalId proposalId, PartnerId partnerId, ProposalKind kind, String title, Instant submittedAt) {}
