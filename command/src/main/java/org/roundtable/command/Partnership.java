package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.api.Actor;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.RuleViolation;
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
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.commands.RemoveAuditor;
import org.roundtable.api.commands.RemoveCoordinator;
import org.roundtable.api.commands.SignContract;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalSubmitted;

/**
 * One partnership: its members, proposals and contract form one consistency boundary, so every
 * rule about the electorate, membership and the contract is checked against one ordered stream.
 * Before any handler, {@link WhoMayAct} checks that the command's actor may send it; each handler
 * then checks its input, then the named guards, then applies events.
 */
@Aggregate(snapshotTriggerDefinition = "partnershipSnapshotTrigger", cache = "partnershipCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
class Partnership implements WhoMayAct.Standing {

    @AggregateIdentifier
    private PartnershipId partnershipId;
    private DecisionRule decisionRule;
    private Phase phase;
    private Map<PartnerId, Partner> partners = new LinkedHashMap<>();
    // Axon forwards every event to every member by default: a vote must reach only its own proposal.
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    @AggregateMember
    private Contract contract;
    // Set here rather than when formed, so that a snapshot taken before appointments existed still loads.
    @AggregateMember
    private Appointments appointments = new Appointments();

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
        requireMember(command.partnerId());
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

    @CommandHandler
    void handle(SubmitProposal command) {
        ProposalKind kind = Require.present(command.kind(), "kind");
        String title = Require.text(command.title(), "title", Require.NAME_LENGTH);
        String text = Require.text(command.text(), "text", Require.LONG_TEXT_LENGTH);
        requireTargetPhaseFitsKind(kind, command.targetPhase());
        Partner author = requireActive(command.partnerId());
        if (kind == ProposalKind.PHASE_CHANGE) {
            requireAllowedMove(command.targetPhase());
        }
        apply(new ProposalSubmitted(partnershipId, command.proposalId(), command.partnerId(), author.sector(),
                kind, title, text, command.targetPhase(), electorate()));
    }

    @CommandHandler
    void handle(CastVote command) {
        Require.present(command.choice(), "choice");
        String rationale = Require.optionalText(command.rationale(), "rationale", Require.SHORT_TEXT_LENGTH);
        Proposal proposal = requireProposal(command.proposalId());
        Partner voter = requireActive(command.partnerId());
        proposal.castVote(command.partnerId(), voter.sector(), command.choice(), rationale);
    }

    /** Closes the proposal; an adopted PHASE_CHANGE moves the phase if the move is still allowed. */
    @CommandHandler
    ProposalClosure handle(CloseProposal command) {
        Proposal proposal = requireProposal(command.proposalId());
        ProposalClosure closure = proposal.close(decisionRule);
        if (closure.outcome() == Outcome.ADOPTED && proposal.movesPhase()
                && LifeCycle.allowsMove(phase, proposal.targetPhase())) {
            apply(new PhaseChanged(partnershipId, command.proposalId(), phase, proposal.targetPhase()));
        }
        return closure;
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
        Phase lessonPhase = command.phase() != null ? command.phase() : phase;
        apply(new LessonLogged(partnershipId, command.lessonId(), command.partnerId(), author.sector(),
                lessonPhase, title, text));
    }

    private void requireUniqueName(String name) {
        if (partners.values().stream().anyMatch(partner -> partner.isNamed(name))) {
            throw new RuleViolation(ErrorCode.PARTNER_NAME_TAKEN, "name",
                    "A partner named '" + name + "' is already a member of this partnership (names are unique, "
                            + "case-insensitively, withdrawn partners included)");
        }
    }

    /** Only active partners propose, vote, sign, pledge, speak or log lessons. */
    private Partner requireActive(PartnerId partnerId) {
        Partner partner = requireMember(partnerId);
        if (!partner.active()) {
            throw new RuleViolation(ErrorCode.PARTNER_NOT_ACTIVE, "partnerId",
                    "Partner " + partnerId + " has withdrawn and can no longer act");
        }
        return partner;
    }

    /** A partner of this partnership, withdrawn or not. */
    private Partner requireMember(PartnerId partnerId) {
        Require.present(partnerId, "partnerId");
        Partner partner = partners.get(partnerId);
        if (partner == null) {
            throw new RuleViolation(ErrorCode.PARTNER_NOT_FOUND, "partnerId",
                    "Partner " + partnerId + " is not a member of this partnership");
        }
        return partner;
    }

    private Proposal requireProposal(ProposalId proposalId) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal == null) {
            throw new RuleViolation(ErrorCode.PROPOSAL_NOT_FOUND, "proposalId",
                    "Proposal " + proposalId + " does not exist in this partnership");
        }
        return proposal;
    }

    private static void requireTargetPhaseFitsKind(ProposalKind kind, Phase targetPhase) {
        if (kind == ProposalKind.PHASE_CHANGE && targetPhase == null) {
            throw Require.invalid("targetPhase", "targetPhase is required for a PHASE_CHANGE proposal");
        }
        if (kind != ProposalKind.PHASE_CHANGE && targetPhase != null) {
            throw Require.invalid("targetPhase", "targetPhase is only for PHASE_CHANGE proposals, not " + kind);
        }
    }

    /** Phase changes go one step forward, or from SCALE back to CO_DEVELOP. */
    private void requireAllowedMove(Phase targetPhase) {
        if (!LifeCycle.allowsMove(phase, targetPhase)) {
            throw new RuleViolation(ErrorCode.PHASE_MOVE_NOT_ALLOWED, "targetPhase",
                    "The partnership cannot move from " + phase + " to " + targetPhase
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
        return electorate().stream().map(Elector::partnerId).collect(Collectors.toSet());
    }

    @Override
    public Appointments appointments() {
        return appointments;
    }

    /**
     * The hook of the rule that only a pledger's representatives deliver or withdraw its pledge.
     * Pledges join this aggregate with the meetings-and-pledges work; when they do, answer
     * {@code Optional.ofNullable(pledges.get(pledgeId)).map(Pledge::partnerId)} here.
     */
    @Override
    public Optional<PartnerId> partnerOfPledge(PledgeId pledgeId) {
        return Optional.empty();
    }

    @EventSourcingHandler
    void on(PartnershipFormed event) {
        partnershipId = event.partnershipId();
        decisionRule = event.decisionRule();
        phase = event.phase();
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
        phase = event.to();
    }
}
