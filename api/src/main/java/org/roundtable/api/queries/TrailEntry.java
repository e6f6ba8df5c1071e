package org.roundtable.api.queries;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.Elector;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;

/** One event of a proposal's trail: stream sequence (from 1), stable type name, time, actor, the event's own fields and the tally after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrailEntry(
        long sequence,
        String type,
        Instant at,
        String actor,
        // the author of a ProposalSubmitted, the voter of a VoteCast or VoteChanged
        @Nullable PartnerId partnerId,
        @Nullable Sector sector,
        // ProposalSubmitted
        @Nullable ProposalKind kind,
        @Nullable String title,
        @Nullable Phase targetPhase,
        @Nullable List<Elector> electorate,
        // VoteCast and VoteChanged (previousChoice for a change only)
        @Nullable VoteChoice previousChoice,
        @Nullable VoteChoice choice,
        @Nullable String rationale,
        // ProposalClosed
        @Nullable Outcome outcome,
        // PhaseChanged
        @Nullable Phase from,
        @Nullable Phase to,
        Tally tally,
        // what an INDICATOR proposal defines: on its ProposalSubmitted, and on the IndicatorAdopted its adoption
        // records
        @Nullable IndicatorDefinition indicator,
        // ProposalSubmitted citing indicators: each as it stood
        @Nullable List<Evidence> evidence,
        // ProposalClosed of a PHASE_CHANGE to SCALE
        @Nullable ScalingGate gate,
        // PhaseChanged: the loop it leaves the partnership in
        @Nullable Integer loop) {}
