package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;

/**
 * A proposal put to the vote, a member of the Partnership aggregate. Its electorate is frozen at
 * submission; it keeps each elector's latest vote until it closes, once. It also keeps the indicator it
 * defines and the indicators it cites, which its adoption and the scaling gate need.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Proposal {

    @EntityId
    private ProposalId proposalId;

    private PartnershipId partnershipId;
    private PartnerId author;
    private ProposalKind kind;
    private Phase targetPhase;
    private IndicatorDefinition indicator;
    private List<IndicatorId> evidence = List.of();
    private Map<PartnerId, Sector> electorate = new LinkedHashMap<>();
    private Map<PartnerId, Ballot> latestVotes = new LinkedHashMap<>();
    private boolean closed;

    Proposal() {
        // for snapshots
    }

    Proposal(ProposalSubmitted submitted) {
        this.proposalId = submitted.proposalId();
        this.partnershipId = submitted.partnershipId();
        this.author = submitted.partnerId();
        this.kind = submitted.kind();
        this.targetPhase = submitted.targetPhase();
        this.indicator = submitted.indicator();
        this.evidence = submitted.evidence().stream().map(Evidence::indicatorId).toList();
        submitted.electorate().forEach(elector -> electorate.put(elector.partnerId(), elector.sector()));
    }

    /** Casts the partner's first vote, or changes it; re-casting the same vote and rationale records nothing. */
    void castVote(PartnerId partnerId, Sector sector, VoteChoice choice, String rationale) {
        requireOpen();
        requireInElectorate(partnerId);
        Ballot previous = latestVotes.get(partnerId);
        if (previous == null) {
            apply(new VoteCast(partnershipId, proposalId, partnerId, sector, choice, rationale));
        } else if (previous.choice() != choice || !Objects.equals(previous.rationale(), rationale)) {
            apply(new VoteChanged(partnershipId, proposalId, partnerId, sector, previous.choice(), choice, rationale));
        }
    }

    /**
     * Closes the proposal and decides its outcome from the latest votes; {@code gate} is its scaling gate
     * at this moment, null unless it {@link #passesScalingGate}.
     */
    ProposalClosure close(DecisionRule rule, ScalingGate gate) {
        requireOpen();
        Tally tally = tally();
        Outcome outcome = ClosingRule.decide(rule, tally, everySectorVoted());
        apply(new ProposalClosed(partnershipId, proposalId, author, kind, outcome, tally, gate));
        return new ProposalClosure(outcome, tally, gate);
    }

    boolean movesPhase() {
        return kind == ProposalKind.PHASE_CHANGE;
    }

    Phase targetPhase() {
        return targetPhase;
    }

    /** Whether its closing passes the scaling gate: a PHASE_CHANGE to SCALE does. */
    boolean passesScalingGate() {
        return ScalingGate.guards(kind, targetPhase);
    }

    /** The indicator this INDICATOR proposal defines; null when it defines none. */
    IndicatorDefinition indicator() {
        return indicator;
    }

    /** The indicators it cites, each once, in the order cited. */
    List<IndicatorId> evidence() {
        return evidence;
    }

    private void requireOpen() {
        if (closed) {
            throw new RuleViolation(
                    ErrorCode.PROPOSAL_CLOSED,
                    "Proposal " + proposalId + " is closed: it takes no more votes and cannot be closed again");
        }
    }

    private void requireInElectorate(PartnerId partnerId) {
        if (!electorate.containsKey(partnerId)) {
            throw new RuleViolation(
                    ErrorCode.NOT_IN_ELECTORATE,
                    "partnerId",
                    "Partner " + partnerId + " is not in the electorate of proposal " + proposalId
                            + ": only partners active when it was submitted vote on it");
        }
    }

    /** The latest vote of each elector; a partner who withdrew keeps its cast vote. */
    Tally tally() {
        return Tally.count(latestVotes.values().stream().map(Ballot::choice).toList(), electorate.size());
    }

    private boolean everySectorVoted() {
        Set<Sector> sectorsPresent = EnumSet.noneOf(Sector.class);
        sectorsPresent.addAll(electorate.values());
        Set<Sector> sectorsVoted = EnumSet.noneOf(Sector.class);
        latestVotes.keySet().forEach(voter -> sectorsVoted.add(electorate.get(voter)));
        return sectorsVoted.containsAll(sectorsPresent);
    }

    @EventSourcingHandler
    void on(VoteCast event) {
        latestVotes.put(event.partnerId(), new Ballot(event.choice(), event.rationale()));
    }

    @EventSourcingHandler
    void on(VoteChanged event) {
        latestVotes.put(event.partnerId(), new Ballot(event.choice(), event.rationale()));
    }

    @EventSourcingHandler
    void on(ProposalClosed event) {
        closed = true;
        // A closed proposal only has to refuse further acts: its votes need not be kept in memory or snapshots.
        electorate = new LinkedHashMap<>();
        latestVotes = new LinkedHashMap<>();
    }

    /** A partner's latest vote. */
    record Ballot(VoteChoice choice, String rationale) {}

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Proposal that
                && closed == that.closed
                && Objects.equals(proposalId, that.proposalId)
                && Objects.equals(partnershipId, that.partnershipId)
                && Objects.equals(author, that.author)
                && kind == that.kind
                && targetPhase == that.targetPhase
                && Objects.equals(indicator, that.indicator)
                && evidence.equals(that.evidence)
                && electorate.equals(that.electorate)
                && latestVotes.equals(that.latestVotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(proposalId, closed, latestVotes.size());
    }
}
