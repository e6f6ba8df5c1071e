package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.api.Actor;
import org.roundtable.api.Attendee;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeetingId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.ScalingGate;
import org.roundtable.api.Segment;
import org.roundtable.api.WitnessId;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.AppointAuditor;
import org.roundtable.api.commands.AppointCoordinator;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.ChangePartnerRepresentatives;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ContractVersion;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.PledgeBalance;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.commands.RecordAttendance;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.commands.RecordMeeting;
import org.roundtable.api.commands.RegisterWitness;
import org.roundtable.api.commands.RemoveAuditor;
import org.roundtable.api.commands.RemoveCoordinator;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.commands.WithdrawPledge;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.IndicatorAdopted;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.WitnessRegistered;
import org.roundtable.audit.tlog.NoteVerifier;

/**
 * One partnership: its members, proposals, contract, meetings, pledges and indicators form one
 * consistency boundary, so every rule about the electorate, membership, the contract, attendance,
 * pledges and measurement is checked against one ordered stream. Before any handler, {@link WhoMayAct}
 * checks that the command's actor may send it; each handler then checks its input, then the named
 * guards, then applies events.
 */
@Aggregate(
        snapshotTriggerDefinition = "partnershipSnapshotTrigger",
        cache = "partnershipCache",
        commandTargetResolver = "partnershipCommandTargets")
// Axon skips snapshots of another revision and rebuilds the partnership from its events: snapshots taken
// before revision 2 kept a phase but no loop, and before revision 3 no witness keys, which only the whole
// stream tells.
@Revision("3")
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Partnership implements WhoMayAct.Standing {

    @AggregateIdentifier
    private PartnershipId partnershipId;

    private DecisionRule decisionRule;
    private Segment segment;
    private Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    // Axon forwards every event to every member by default: a vote must reach only its own proposal.
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();

    @AggregateMember
    private Contract contract;

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<PledgeId, Pledge> pledges = new LinkedHashMap<>();

    /** The adopted indicators; an INDICATOR proposal's definition lives on the proposal until then. */
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<IndicatorId, Indicator> indicators = new LinkedHashMap<>();
    // Set here rather than when formed, so that a snapshot taken before appointments existed still loads.
    @AggregateMember
    private Appointments appointments = new Appointments();

    /** The registered witnesses by their keys, as {@code name+keyid}: a key witnesses once. */
    private Map<String, WitnessId> witnessKeys = new LinkedHashMap<>();

    Partnership() {
        // for Axon, which rebuilds the aggregate from its events or a snapshot
    }

    /** The user who forms a partnership becomes its first coordinator. */
    @CommandHandler
    Partnership(FormPartnership command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        WhoMayAct.require(command, actor, this);
        String name = Require.text(command.name(), "name", Require.NAME_LENGTH);
        String purpose = Require.text(command.purpose(), "purpose", Require.LONG_TEXT_LENGTH);
        DecisionRule rule = Require.present(command.decisionRule(), "decisionRule");
        Require.present(rule.method(), "decisionRule.method");
        Require.quorum(rule.quorum(), "decisionRule.quorum");
        apply(new PartnershipFormed(command.partnershipId(), name, purpose, rule, Phase.MOBILIZE));
        apply(new CoordinatorAppointed(command.partnershipId(), actor.name()));
    }

    /** Every command to an existing partnership passes the table of who may send it first. */
    @CommandHandlerInterceptor
    Object requireMayAct(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        WhoMayAct.require(command.getPayload(), Actor.from(command.getMetaData()), this);
        return chain.proceed();
    }

    @CommandHandler
    void handle(AdmitPartner command) {
        String name = Require.text(command.name(), "name", Require.NAME_LENGTH);
        Require.present(command.sector(), "sector");
        List<String> representatives = Require.users(command.representatives(), "representatives");
        requireUniqueName(name);
        apply(new PartnerAdmitted(partnershipId, command.partnerId(), name, command.sector()));
        if (!representatives.isEmpty()) {
            apply(new PartnerRepresentativesChanged(partnershipId, command.partnerId(), representatives));
        }
        contract.partnerAdmitted();
    }

    @CommandHandler
    void handle(AppointCoordinator command) {
        String user = Require.user(command.user(), "user");
        if (!appointments.isCoordinator(user)) {
            apply(new CoordinatorAppointed(partnershipId, user));
        }
    }

    @CommandHandler
    void handle(RemoveCoordinator command) {
        String user = Require.user(command.user(), "user");
        appointments.requireCoordinator(user);
        appointments.requireNotLastCoordinator(user);
        apply(new CoordinatorRemoved(partnershipId, user));
    }

    @CommandHandler
    void handle(AppointAuditor command) {
        String user = Require.user(command.user(), "user");
        if (!appointments.isAuditor(user)) {
            apply(new AuditorAppointed(partnershipId, user));
        }
    }

    @CommandHandler
    void handle(RemoveAuditor command) {
        String user = Require.user(command.user(), "user");
        appointments.requireAuditor(user);
        apply(new AuditorRemoved(partnershipId, user));
    }

    /** A withdrawn partner's representatives can still be changed: removing them ends their reading of the partnership. */
    @CommandHandler
    void handle(ChangePartnerRepresentatives command) {
        List<String> users = Require.users(Require.present(command.users(), "users"), "users");
        requirePartner(command.partnerId(), "partnerId");
        if (!appointments.representativesOf(command.partnerId()).equals(Set.copyOf(users))) {
            apply(new PartnerRepresentativesChanged(partnershipId, command.partnerId(), users));
        }
    }

    @CommandHandler
    void handle(WithdrawPartner command) {
        String reason = Require.text(command.reason(), "reason", Require.SHORT_TEXT_LENGTH);
        Partner partner = requireActive(command.partnerId());
        apply(new PartnerWithdrawn(partnershipId, command.partnerId(), partner.sector(), reason));
        contract.partnerWithdrew(activePartnerIds());
    }

    /** Records with the proposal each cited indicator's latest value and progress: what the voters see. */
    @CommandHandler
    void handle(SubmitProposal command) {
        ProposalKind kind = Require.present(command.kind(), "kind");
        String title = Require.text(command.title(), "title", Require.NAME_LENGTH);
        String text = Require.text(command.text(), "text", Require.LONG_TEXT_LENGTH);
        requireTargetPhaseFitsKind(kind, command.targetPhase());
        IndicatorDefinition indicator = requireIndicatorFitsKind(kind, command.indicator());
        Set<IndicatorId> cited =
                Require.optionalDistinctIds(command.evidence(), "evidence", Require.MAX_CITED_INDICATORS);
        requireEvidenceForScaling(kind, command.targetPhase(), cited);
        Partner author = requireActive(command.partnerId());
        if (kind == ProposalKind.PHASE_CHANGE) {
            requireAllowedMove(command.targetPhase());
        }
        List<Evidence> evidence = cited.stream()
                .map(indicatorId -> requireIndicator(indicatorId, "evidence").evidence())
                .toList();
        apply(new ProposalSubmitted(
                partnershipId,
                command.proposalId(),
                command.partnerId(),
                author.sector(),
                kind,
                title,
                text,
                command.targetPhase(),
                electorate(),
                indicator,
                evidence));
    }

    @CommandHandler
    void handle(CastVote command) {
        Require.present(command.choice(), "choice");
        String rationale = Require.optionalText(command.rationale(), "rationale", Require.SHORT_TEXT_LENGTH);
        Proposal proposal = requireProposal(command.proposalId());
        Partner voter = requireActive(command.partnerId());
        proposal.castVote(command.partnerId(), voter.sector(), command.choice(), rationale);
    }

    /**
     * Closes the proposal. An adopted INDICATOR proposal that defines an indicator adopts it; an adopted
     * PHASE_CHANGE moves the phase if the move is still allowed and, to SCALE, the scaling gate is met.
     */
    @CommandHandler
    ProposalClosure handle(CloseProposal command) {
        Proposal proposal = requireProposal(command.proposalId());
        ProposalClosure closure = proposal.close(decisionRule, scalingGate(proposal));
        if (closure.outcome() == Outcome.ADOPTED) {
            adoptIndicator(command.proposalId(), proposal.indicator());
            movePhase(command.proposalId(), proposal, closure.gate());
        }
        return closure;
    }

    /** The scaling gate of a proposal that passes it, with its cited indicators' progress now; else null. */
    private ScalingGate scalingGate(Proposal proposal) {
        if (!proposal.passesScalingGate()) {
            return null;
        }
        // Cited indicators were adopted when the proposal was submitted, and an indicator stays adopted.
        return ScalingGate.of(proposal.evidence().stream()
                .map(indicatorId -> indicators.get(indicatorId).progress())
                .toList());
    }

    /** When its INDICATOR proposal is adopted, the indicator it defines exists, under the proposal's id. */
    private void adoptIndicator(ProposalId proposalId, IndicatorDefinition definition) {
        if (definition != null) {
            apply(new IndicatorAdopted(
                    partnershipId,
                    IndicatorId.of(proposalId),
                    definition.name(),
                    definition.unit(),
                    definition.baseline(),
                    definition.target()));
        }
    }

    /** An adopted PHASE_CHANGE moves the phase if the move is still allowed and its gate, if any, is met. */
    private void movePhase(ProposalId proposalId, Proposal proposal, ScalingGate gate) {
        Phase target = proposal.targetPhase();
        if (proposal.movesPhase() && LifeCycle.allowsMove(segment.phase(), target) && (gate == null || gate.met())) {
            apply(new PhaseChanged(
                    partnershipId,
                    proposalId,
                    segment.phase(),
                    target,
                    segment.moveTo(target).loop()));
        }
    }

    @CommandHandler
    ContractVersion handle(DraftContractTerms command) {
        String terms = Require.text(command.terms(), "terms", Require.CONTRACT_TERMS_LENGTH);
        return new ContractVersion(contract.draft(terms));
    }

    @CommandHandler
    void handle(SignContract command) {
        int version = Require.positive(command.version(), "version");
        String signatory = Require.text(command.signatory(), "signatory", Require.NAME_LENGTH);
        Partner signer = requireActive(command.partnerId());
        contract.sign(command.partnerId(), signer.sector(), version, signatory, activePartnerIds());
    }

    @CommandHandler
    void handle(LogLesson command) {
        String title = Require.text(command.title(), "title", Require.NAME_LENGTH);
        String text = Require.text(command.text(), "text", Require.LONG_TEXT_LENGTH);
        Partner author = requireActive(command.partnerId());
        Phase lessonPhase = command.phase() != null ? command.phase() : segment.phase();
        apply(new LessonLogged(
                partnershipId, command.lessonId(), command.partnerId(), author.sector(), lessonPhase, title, text));
    }

    /** A key registered twice would let one witness count as two; its name and key id make it one. */
    @CommandHandler
    void handle(RegisterWitness command) {
        String name = Require.text(command.name(), "name", Require.NAME_LENGTH);
        NoteVerifier key = Require.verifierKey(command.verifierKey(), "verifierKey");
        WitnessId registered = witnessKeys.get(keyReference(key));
        if (registered != null) {
            throw new RuleViolation(
                    ErrorCode.WITNESS_KEY_TAKEN,
                    "verifierKey",
                    "The key " + keyReference(key) + " is already registered, for witness " + registered);
        }
        apply(new WitnessRegistered(partnershipId, command.witnessId(), name, key.toString()));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        String title = Require.text(command.title(), "title", Require.NAME_LENGTH);
        Instant heldAt = Require.instant(command.heldAt(), "heldAt");
        apply(new MeetingRecorded(partnershipId, command.meetingId(), title, heldAt));
    }

    /** Refused whole when one listed partner cannot attend; no event when every one was recorded before. */
    @CommandHandler
    void handle(RecordAttendance command) {
        Set<PartnerId> listed = Require.distinctIds(command.partnerIds(), "partnerIds", Require.MAX_LISTED_PARTNERS);
        Meeting meeting = requireMeeting(command.meetingId());
        List<Attendee> attendees = listed.stream()
                .map(partnerId -> new Attendee(
                        partnerId, requireActive(partnerId, "partnerIds").sector()))
                .toList();
        meeting.recordAttendance(attendees);
    }

    @CommandHandler
    void handle(RecordContribution command) {
        int seconds = Require.speakingSeconds(command.seconds(), "seconds");
        String topic = Require.optionalText(command.topic(), "topic", Require.NAME_LENGTH);
        Meeting meeting = requireMeeting(command.meetingId());
        Partner speaker = requireActive(command.partnerId());
        meeting.recordContribution(command.partnerId(), speaker.sector(), seconds, topic);
    }

    @CommandHandler
    void handle(MakePledge command) {
        PledgeKind kind = Require.present(command.kind(), "kind");
        BigDecimal amount = Require.amount(command.amount(), "amount");
        String unit = Require.unit(command.unit(), "unit");
        String description = Require.text(command.description(), "description", Require.SHORT_TEXT_LENGTH);
        Partner pledger = requireActive(command.partnerId());
        apply(new PledgeMade(
                partnershipId,
                command.pledgeId(),
                command.partnerId(),
                pledger.sector(),
                kind,
                amount,
                unit,
                description));
    }

    @CommandHandler
    PledgeBalance handle(RecordDelivery command) {
        BigDecimal amount = Require.amount(command.amount(), "amount");
        String note = Require.optionalText(command.note(), "note", Require.SHORT_TEXT_LENGTH);
        Pledge pledge = requirePledge(command.pledgeId());
        return pledge.deliver(amount, requirePledgerActive(pledge).sector(), note);
    }

    @CommandHandler
    PledgeBalance handle(WithdrawPledge command) {
        String reason = Require.text(command.reason(), "reason", Require.SHORT_TEXT_LENGTH);
        Pledge pledge = requirePledge(command.pledgeId());
        return pledge.withdraw(requirePledgerActive(pledge).sector(), reason);
    }

    /** Only an adopted indicator's measurements are recorded, from an active partner. */
    @CommandHandler
    void handle(RecordMeasurement command) {
        BigDecimal value = Require.number(command.value(), "value");
        Instant observedAt = Require.instantNotAfter(command.observedAt(), now(), "observedAt");
        String source = Require.optionalText(command.source(), "source", Require.SHORT_TEXT_LENGTH);
        Indicator indicator = requireIndicator(command.indicatorId(), "indicatorId");
        Partner measurer = requireActive(command.partnerId());
        indicator.record(command.measurementId(), command.partnerId(), measurer.sector(), value, observedAt, source);
    }

    /** The moment an event applied now is recorded: Axon stamps each event with this clock (a test fixture sets it). */
    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    private void requireUniqueName(String name) {
        if (partners.values().stream().anyMatch(partner -> partner.isNamed(name))) {
            throw new RuleViolation(
                    ErrorCode.PARTNER_NAME_TAKEN,
                    "name",
                    "A partner named '" + name + "' is already a member of this partnership (names are unique, "
                            + "case-insensitively, withdrawn partners included)");
        }
    }

    /** Only active partners propose, vote, sign, pledge, speak, attend or log lessons. */
    private Partner requireActive(PartnerId partnerId) {
        return requireActive(partnerId, "partnerId");
    }

    /** {@link #requireActive(PartnerId)} for a partner named by the input {@code field}. */
    private Partner requireActive(PartnerId partnerId, String field) {
        Partner partner = requirePartner(partnerId, field);
        if (!partner.active()) {
            throw new RuleViolation(
                    ErrorCode.PARTNER_NOT_ACTIVE,
                    field,
                    "Partner " + partnerId + " has withdrawn and can no longer act");
        }
        return partner;
    }

    /** A partner of this partnership, withdrawn or not. */
    private Partner requirePartner(PartnerId partnerId, String field) {
        Require.present(partnerId, field);
        Partner partner = partners.get(partnerId);
        if (partner == null) {
            throw new RuleViolation(
                    ErrorCode.PARTNER_NOT_FOUND,
                    field,
                    "Partner " + partnerId + " is not a member of this partnership");
        }
        return partner;
    }

    /** Once a partner has withdrawn, its pledges take no more deliveries or withdrawals; their figures stay. */
    private Partner requirePledgerActive(Pledge pledge) {
        Partner pledger = partners.get(pledge.partnerId());
        if (!pledger.active()) {
            throw new RuleViolation(
                    ErrorCode.PARTNER_NOT_ACTIVE,
                    "Partner " + pledge.partnerId() + ", which made this pledge, has withdrawn from the partnership: "
                            + "its pledges take no more deliveries or withdrawals");
        }
        return pledger;
    }

    private Proposal requireProposal(ProposalId proposalId) {
        return requireMember(proposals, proposalId, ErrorCode.PROPOSAL_NOT_FOUND, "proposal");
    }

    private Meeting requireMeeting(MeetingId meetingId) {
        return requireMember(meetings, meetingId, ErrorCode.MEETING_NOT_FOUND, "meeting");
    }

    private Pledge requirePledge(PledgeId pledgeId) {
        return requireMember(pledges, pledgeId, ErrorCode.PLEDGE_NOT_FOUND, "pledge");
    }

    /**
     * An indicator exists once the INDICATOR proposal defining it is adopted: before, and for a proposal that
     * defined none or was not adopted, it is not found, named by the input {@code field}.
     */
    private Indicator requireIndicator(IndicatorId indicatorId, String field) {
        return requireMember(indicators, indicatorId, ErrorCode.INDICATOR_NOT_FOUND, "adopted indicator", field);
    }

    /** A proposal, meeting or pledge of this partnership, or the refusal naming its id's field ({@code meetingId}). */
    private static <I, M> M requireMember(Map<I, M> members, I id, ErrorCode notFound, String what) {
        return requireMember(members, id, notFound, what, what + "Id");
    }

    /** A member of this partnership, or the refusal naming the input {@code field} that names it. */
    private static <I, M> M requireMember(Map<I, M> members, I id, ErrorCode notFound, String what, String field) {
        M member = members.get(id);
        if (member == null) {
            throw new RuleViolation(notFound, field, "There is no " + what + " " + id + " in this partnership");
        }
        return member;
    }

    private static void requireTargetPhaseFitsKind(ProposalKind kind, Phase targetPhase) {
        if (kind == ProposalKind.PHASE_CHANGE && targetPhase == null) {
            throw Require.invalid("targetPhase", "targetPhase is required for a PHASE_CHANGE proposal");
        }
        if (kind != ProposalKind.PHASE_CHANGE && targetPhase != null) {
            throw Require.invalid("targetPhase", "targetPhase is only for PHASE_CHANGE proposals, not " + kind);
        }
    }

    /** Only an INDICATOR proposal defines an indicator, and it need not; the definition is answered checked. */
    private static IndicatorDefinition requireIndicatorFitsKind(ProposalKind kind, IndicatorDefinition indicator) {
        if (indicator == null) {
            return null;
        }
        if (kind != ProposalKind.INDICATOR) {
            throw Require.invalid("indicator", "indicator is only for INDICATOR proposals, not " + kind);
        }
        return Require.indicator(indicator, "indicator");
    }

    /** A move to SCALE, the wider roll-out, cites the indicators whose targets must be reached first. */
    private static void requireEvidenceForScaling(ProposalKind kind, Phase targetPhase, Set<IndicatorId> cited) {
        if (ScalingGate.guards(kind, targetPhase) && cited.isEmpty()) {
            throw Require.invalid(
                    "evidence",
                    "A PHASE_CHANGE to SCALE must cite at least one adopted indicator as evidence: the partnership "
                            + "moves only if, at closing, every one of them has reached its target");
        }
    }

    /** Phase changes go one step forward, or from SCALE back to CO_DEVELOP. */
    private void requireAllowedMove(Phase targetPhase) {
        if (!LifeCycle.allowsMove(segment.phase(), targetPhase)) {
            throw new RuleViolation(
                    ErrorCode.PHASE_MOVE_NOT_ALLOWED,
                    "targetPhase",
                    "The partnership cannot move from " + segment.phase() + " to " + targetPhase
                            + ": allowed are one step forward, or SCALE back to CO_DEVELOP");
        }
    }

    /** The electorate of a proposal is the set of partners active when it is submitted. */
    private List<Elector> electorate() {
        return partners.entrySet().stream()
                .filter(entry -> entry.getValue().active())
                .map(entry -> new Elector(entry.getKey(), entry.getValue().sector()))
                .toList();
    }

    private Set<PartnerId> activePartnerIds() {
        return electorate().stream().map(Elector::partnerId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public Appointments appointments() {
        return appointments;
    }

    /** Only the pledging partner's representatives deliver or withdraw a pledge. */
    @Override
    public Optional<PartnerId> partnerOfPledge(PledgeId pledgeId) {
        return Optional.ofNullable(pledges.get(pledgeId)).map(Pledge::partnerId);
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
        decisionRule = event.decisionRule();
        segment = Segment.formed(event);
        contract = new Contract(partnershipId);
    }

    @EventSourcingHandler
    void on(PartnerAdmitted event) {
        partners.put(event.partnerId(), Partner.admitted(event.name(), event.sector()));
    }

    @EventSourcingHandler
    void on(PartnerWithdrawn event) {
        partners.computeIfPresent(event.partnerId(), (id, partner) -> partner.withdrawn());
    }

    @EventSourcingHandler
    void on(ProposalSubmitted event) {
        proposals.put(event.proposalId(), new Proposal(event));
    }

    @EventSourcingHandler
    void on(PhaseChanged event) {
        segment = segment.after(event);
    }

    @EventSourcingHandler
    void on(WitnessRegistered event) {
        witnessKeys.put(keyReference(NoteVerifier.parse(event.verifierKey())), event.witnessId());
    }

    private static String keyReference(NoteVerifier key) {
        return key.name() + "+" + HexFormat.of().toHexDigits(key.keyId());
    }

    @EventSourcingHandler
    void on(IndicatorAdopted event) {
        indicators.put(event.indicatorId(), new Indicator(event));
    }

    /** A meeting is held for the partners active when it is recorded, as a proposal's electorate is frozen. */
    @EventSourcingHandler
    void on(MeetingRecorded event) {
        meetings.put(event.meetingId(), new Meeting(partnershipId, event.meetingId(), activePartnerIds()));
    }

    @EventSourcingHandler
    void on(PledgeMade event) {
        pledges.put(event.pledgeId(), new Pledge(event));
    }
}
