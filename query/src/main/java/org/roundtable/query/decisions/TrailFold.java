package org.roundtable.query.decisions;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.Segment;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.EventTypes;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;
import org.roundtable.api.queries.ProposalTrail;
import org.roundtable.api.queries.TrailEntry;
import org.roundtable.query.support.RecordedEvent;

/**
 * The trail of one proposal folded from its partnership's events: each of its events with the tally
 * right after it. While the proposal is open the tally counts the latest vote of each elector as the
 * write side counts at closing ({@link Tally#count}); from the closing on it is the tally the proposal
 * was decided with, as the event carries it. Closing is followed by what it caused: the phase change (with
 * the loop it leaves the partnership in, by {@link Segment}) or the indicator an INDICATOR proposal adopts.
 */
final class TrailFold {

    private final ProposalId proposalId;
    private final List<TrailEntry> entries = new ArrayList<>();
    private final Map<PartnerId, VoteChoice> latestVotes = new LinkedHashMap<>();
    private int eligible;
    private Tally tally;
    private boolean closed;
    /** The partnership's segment, folded over the whole stream up to the event at hand. */
    private Segment segment;

    private TrailFold(ProposalId proposalId) {
        this.proposalId = proposalId;
    }

    /** The proposal's trail, reading {@code stream} no further than its last event; empty if it was never submitted. */
    static Optional<ProposalTrail> of(ProposalId proposalId, Iterator<RecordedEvent> stream) {
        TrailFold fold = new TrailFold(proposalId);
        boolean more = true;
        while (more && stream.hasNext()) {
            more = fold.apply(stream.next());
        }
        return fold.entries.isEmpty() ? Optional.empty() : Optional.of(new ProposalTrail(proposalId, fold.entries));
    }

    /** Adds the event to the trail if it is one of the proposal's; false once no later event can be. */
    private boolean apply(RecordedEvent event) {
        Object payload = event.payload();
        segment = Segment.of(segment, payload);
        if (closed) {
            // Closing records what it causes right after it, the phase change or the indicator it adopts;
            // nothing of the proposal comes later.
            if (payload instanceof PhaseChanged changed && isOurs(changed.proposalId())) {
                phaseChanged(event, changed);
            } else if (payload instanceof IndicatorAdopted adopted
                    && adopted.indicatorId().equals(IndicatorId.of(proposalId))) {
                indicatorAdopted(event, adopted);
            }
            return false;
        }
        if (payload instanceof ProposalSubmitted submitted && isOurs(submitted.proposalId())) {
            submitted(event, submitted);
        } else if (payload instanceof VoteCast cast && isOurs(cast.proposalId())) {
            voted(event, cast.partnerId(), cast.sector(), null, cast.choice(), cast.rationale());
        } else if (payload instanceof VoteChanged change && isOurs(change.proposalId())) {
            voted(
                    event,
                    change.partnerId(),
                    change.sector(),
                    change.previousChoice(),
                    change.choice(),
                    change.rationale());
        } else if (payload instanceof ProposalClosed closing && isOurs(closing.proposalId())) {
            closed(event, closing);
        }
        return true;
    }

    private boolean isOurs(ProposalId eventsProposal) {
        return proposalId.equals(eventsProposal);
    }

    private void submitted(RecordedEvent event, ProposalSubmitted submitted) {
        eligible = submitted.electorate().size();
        tally = Tally.empty(eligible);
        entries.add(new TrailEntry(
                event.sequence(),
                type(event),
                event.at(),
                event.actor(),
                submitted.partnerId(),
                submitted.sector(),
                submitted.kind(),
                submitted.title(),
                submitted.targetPhase(),
                submitted.electorate(),
                null,
                null,
                null,
                null,
                null,
                null,
                tally,
                submitted.indicator(),
                submitted.evidence().isEmpty() ? null : submitted.evidence(),
                null,
                null));
    }

    private void voted(
            RecordedEvent event,
            PartnerId voter,
            Sector sector,
            VoteChoice previousChoice,
            VoteChoice choice,
            String rationale) {
        latestVotes.put(voter, choice);
        tally = Tally.count(latestVotes.values(), eligible);
        entries.add(new TrailEntry(
                event.sequence(),
                type(event),
                event.at(),
                event.actor(),
                voter,
                sector,
                null,
                null,
                null,
                null,
                previousChoice,
                choice,
                rationale,
                null,
                null,
                null,
                tally,
                null,
                null,
                null,
                null));
    }

    private void closed(RecordedEvent event, ProposalClosed closing) {
        closed = true;
        tally = closing.tally();
        entries.add(new TrailEntry(
                event.sequence(),
                type(event),
                event.at(),
                event.actor(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                closing.outcome(),
                null,
                null,
                tally,
                null,
                null,
                closing.gate(),
                null));
    }

    private void indicatorAdopted(RecordedEvent event, IndicatorAdopted adopted) {
        entries.add(new TrailEntry(
                event.sequence(),
                type(event),
                event.at(),
                event.actor(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                tally,
                new IndicatorDefinition(adopted.name(), adopted.unit(), adopted.baseline(), adopted.target()),
                null,
                null,
                null));
    }

    private void phaseChanged(RecordedEvent event, PhaseChanged changed) {
        entries.add(new TrailEntry(
                event.sequence(),
                type(event),
                event.at(),
                event.actor(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                changed.from(),
                changed.to(),
                tally,
                null,
                null,
                null,
                segment.loop()));
    }

    private static String type(RecordedEvent event) {
        return EventTypes.nameOf(event.payload().getClass());
    }
}
