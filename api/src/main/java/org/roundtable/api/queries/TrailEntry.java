package org.roundtable.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.Elector;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;

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
