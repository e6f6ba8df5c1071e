package org.roundtable.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.*;

/** One event of a proposal's trail: stream sequence (from 1), stable type name, time, actor, the event's own fields and the tally after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrailEntry(long sequence, String type, Instant at, String actor,
                         // the author of a ProposalSubmitted, the voter of a VoteCast or VoteChanged
                         PartnerId partnerId, Sector sector,
                         // ProposalSubmitted
                         ProposalKind kind, String title, Phase targetPhase, List<Elector> electorate,
                         // VoteCast and VoteChanged (previousChoice for a change only)
                         VoteChoice previousChoice, VoteChoice choice, String rationale,
                         // ProposalClosed
                         Outcome outcome,
                         // PhaseChanged
                         Phase from, Phase to,
                         Tally tally) {
}
