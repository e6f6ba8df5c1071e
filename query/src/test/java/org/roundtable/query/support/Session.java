package org.roundtable.query.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.api.Attendee;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.LapseReason;
import org.roundtable.api.LessonId;
import org.roundtable.api.MeetingId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Segment;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.PledgeDelivered;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.PledgeWithdrawn;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;

/**
 * A partnership's stream written act by act, with the events the write side records for each act
 * (a vote is a VoteCast the first time, a VoteChanged after; the contract comes into force and
 * lapses by itself), for the tests of the views. It keeps what the rules need, so that a test, or
 * the generator of random sessions, writes only histories the write side could have recorded; an
 * act the rules refuse fails the test. Outcomes are given, not decided: the views take them as the
 * events state them.
 */
public final class Session {

    private static final String EUR = "EUR";

    private final PartnershipId partnership = PartnershipId.random();
    private final TestStream stream = new TestStream();
    private final Map<PartnerId, Sector> active = new LinkedHashMap<>();
    private final Map<ProposalId, OpenProposal> open = new LinkedHashMap<>();
    private final Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();
    private final Map<PledgeId, Pledge> pledges = new LinkedHashMap<>();
    private final Set<PartnerId> signedCurrentVersion = new LinkedHashSet<>();
    private int contractVersion;
    private boolean inForce;
    private Segment segment;

    public Session() {
        PartnershipFormed formed = new PartnershipFormed(
                partnership,
                "Clean river",
                "Make the river swimmable",
                new DecisionRule(DecisionMethod.MAJORITY, new BigDecimal("0.5"), false),
                Phase.MOBILIZE);
        segment = Segment.formed(formed);
        stream.record(formed);
    }

    /** The (loop, phase) in force. */
    public Segment segment() {
        return segment;
    }

    public PartnershipId partnership() {
        return partnership;
    }

    public List<RecordedEvent> events() {
        return stream.events();
    }

    public List<PartnerId> active() {
        return List.copyOf(active.keySet());
    }

    public PartnerId admit(String name, Sector sector) {
        PartnerId partner = PartnerId.random();
        PartnerAdmitted admitted = new PartnerAdmitted(partnership, partner, name, sector);
        active.put(partner, sector);
        if (inForce) {
            inForce = false;
            stream.record(admitted, new ContractLapsed(partnership, contractVersion, LapseReason.PARTNER_ADMITTED));
        } else {
            stream.record(admitted);
        }
        return partner;
    }

    public void withdraw(PartnerId partner) {
        Sector sector = requireActive(partner);
        active.remove(partner);
        PartnerWithdrawn withdrawn = new PartnerWithdrawn(partnership, partner, sector, "No time left");
        if (contractVersion > 0 && !inForce && !active.isEmpty() && signedCurrentVersion.containsAll(active.keySet())) {
            inForce = true;
            stream.record(withdrawn, new ContractCameIntoForce(partnership, contractVersion));
        } else {
            stream.record(withdrawn);
        }
    }

    /** Submits a proposal to the vote of the partners active now. */
    public ProposalId propose(PartnerId author) {
        return submit(author, ProposalKind.OBJECTIVE, null);
    }

    /**
     * Proposes the next phase (after SCALE, CO_DEVELOP of the next loop): a PHASE_CHANGE proposal left open,
     * for {@link #close} to adopt or reject.
     */
    public ProposalId proposeNextPhase(PartnerId author) {
        return submit(author, ProposalKind.PHASE_CHANGE, nextPhase());
    }

    private Phase nextPhase() {
        return segment.phase() == Phase.SCALE
                ? Phase.CO_DEVELOP
                : Phase.values()[segment.phase().ordinal() + 1];
    }

    private ProposalId submit(PartnerId author, ProposalKind kind, Phase targetPhase) {
        Sector sector = requireActive(author);
        ProposalId proposal = ProposalId.random();
        List<Elector> electorate = active.entrySet().stream()
                .map(elector -> new Elector(elector.getKey(), elector.getValue()))
                .toList();
        open.put(proposal, new OpenProposal(author, kind, targetPhase, electorate, new LinkedHashMap<>()));
        stream.record(new ProposalSubmitted(
                partnership,
                proposal,
                author,
                sector,
                kind,
                "Proposal " + open.size(),
                "Put to the vote",
                targetPhase,
                electorate,
                null,
                List.of()));
        return proposal;
    }

    public List<ProposalId> openProposals() {
        return List.copyOf(open.keySet());
    }

    /** The active electors of an open proposal: those who may vote on it now. */
    public List<PartnerId> electorsWhoMayVote(ProposalId proposal) {
        return openProposal(proposal).electorate().stream()
                .map(Elector::partnerId)
                .filter(active::containsKey)
                .toList();
    }

    /** A VoteCast the first time, a VoteChanged after. */
    public void vote(ProposalId proposal, PartnerId voter, VoteChoice choice) {
        Sector sector = requireActive(voter);
        OpenProposal voted = openProposal(proposal);
        if (!electorsWhoMayVote(proposal).contains(voter)) {
            throw new IllegalStateException(voter + " is not in the electorate of " + proposal);
        }
        VoteChoice previous = voted.latestVotes().put(voter, choice);
        stream.record(
                previous == null
                        ? new VoteCast(partnership, proposal, voter, sector, choice, null)
                        : new VoteChanged(partnership, proposal, voter, sector, previous, choice, "Changed my mind"));
    }

    /**
     * Closes with the given outcome and the tally of the latest votes; an adopted PHASE_CHANGE moves the
     * phase in the same act (no indicator gate: the views take the move as recorded).
     */
    public void close(ProposalId proposal, Outcome outcome) {
        OpenProposal closed = openProposal(proposal);
        open.remove(proposal);
        Tally tally =
                Tally.count(closed.latestVotes().values(), closed.electorate().size());
        ProposalClosed closing =
                new ProposalClosed(partnership, proposal, closed.author(), closed.kind(), outcome, tally, null);
        // A move proposed before another one was carried out is no longer one step on: it moves nothing.
        if (closed.kind() == ProposalKind.PHASE_CHANGE
                && outcome == Outcome.ADOPTED
                && closed.targetPhase() == nextPhase()) {
            Segment next = segment.moveTo(closed.targetPhase());
            stream.record(
                    closing,
                    new PhaseChanged(partnership, proposal, segment.phase(), closed.targetPhase(), next.loop()));
            segment = next;
        } else {
            stream.record(closing);
        }
    }

    /** Records a meeting, held for the partners active now, a day after the previous one. */
    public MeetingId meeting(String title) {
        MeetingId meeting = MeetingId.random();
        meetings.put(meeting, new Meeting(new LinkedHashSet<>(active.keySet()), new LinkedHashSet<>()));
        stream.record(
                new MeetingRecorded(partnership, meeting, title, TestStream.T0.plus(Duration.ofDays(meetings.size()))));
        return meeting;
    }

    public List<MeetingId> meetings() {
        return List.copyOf(meetings.keySet());
    }

    /** The active partners the meeting was held for that are not recorded as attending it yet. */
    public List<PartnerId> mayAttend(MeetingId meeting) {
        Meeting held = meetings.get(meeting);
        return active.keySet().stream()
                .filter(partner ->
                        held.heldFor().contains(partner) && !held.attending().contains(partner))
                .toList();
    }

    /** Records the attendance of the partners named, of whom the event lists only those not recorded yet. */
    public void attend(MeetingId meeting, PartnerId... partners) {
        Meeting held = meetings.get(meeting);
        List<Attendee> newlyAttending = new ArrayList<>();
        for (PartnerId partner : partners) {
            Sector sector = requireActive(partner);
            if (!held.heldFor().contains(partner)) {
                throw new IllegalStateException(partner + " joined after " + meeting);
            }
            if (held.attending().add(partner)) {
                newlyAttending.add(new Attendee(partner, sector));
            }
        }
        stream.record(new AttendanceRecorded(partnership, meeting, List.copyOf(newlyAttending)));
    }

    /** The active partners recorded as attending the meeting: those who may speak at it. */
    public List<PartnerId> mayContribute(MeetingId meeting) {
        return meetings.get(meeting).attending().stream()
                .filter(active::containsKey)
                .toList();
    }

    public void speak(MeetingId meeting, PartnerId speaker, int seconds) {
        Sector sector = requireActive(speaker);
        if (!meetings.get(meeting).attending().contains(speaker)) {
            throw new IllegalStateException(speaker + " is not attending " + meeting);
        }
        stream.record(new ContributionRecorded(partnership, meeting, speaker, sector, seconds, "The budget"));
    }

    public void lesson(PartnerId partner) {
        Sector sector = requireActive(partner);
        stream.record(new LessonLogged(
                partnership,
                LessonId.random(),
                partner,
                sector,
                Phase.MOBILIZE,
                "Meet in the evening",
                "Residents work during the day"));
    }

    /** Drafts the next version; a contract in force lapses first. */
    public int draft() {
        contractVersion++;
        signedCurrentVersion.clear();
        ContractTermsDrafted drafted =
                new ContractTermsDrafted(partnership, contractVersion, "Terms of version " + contractVersion);
        if (inForce) {
            inForce = false;
            stream.record(new ContractLapsed(partnership, contractVersion - 1, LapseReason.NEW_DRAFT), drafted);
        } else {
            stream.record(drafted);
        }
        return contractVersion;
    }

    /** The active partners that have not signed the current version, if there is one. */
    public List<PartnerId> maySign() {
        return contractVersion == 0
                ? List.of()
                : active.keySet().stream()
                        .filter(partner -> !signedCurrentVersion.contains(partner))
                        .toList();
    }

    /** Signs the current version; the last signature of an active partner brings the contract into force. */
    public void sign(PartnerId partner) {
        Sector sector = requireActive(partner);
        if (!maySign().contains(partner)) {
            throw new IllegalStateException(partner + " may not sign version " + contractVersion);
        }
        signedCurrentVersion.add(partner);
        ContractSigned signed = new ContractSigned(partnership, contractVersion, partner, sector, "The chair");
        if (signedCurrentVersion.containsAll(active.keySet())) {
            inForce = true;
            stream.record(signed, new ContractCameIntoForce(partnership, contractVersion));
        } else {
            stream.record(signed);
        }
    }

    public PledgeId pledge(PartnerId partner, String amount, String unit) {
        Sector sector = requireActive(partner);
        PledgeId pledge = PledgeId.random();
        pledges.put(pledge, new Pledge(partner, unit, new BigDecimal(amount)));
        stream.record(new PledgeMade(
                partnership,
                pledge,
                partner,
                sector,
                EUR.equals(unit) ? PledgeKind.FUNDING : PledgeKind.STAFF_TIME,
                new BigDecimal(amount),
                unit,
                "For the monitoring"));
        return pledge;
    }

    public List<PledgeId> pledges() {
        return List.copyOf(pledges.keySet());
    }

    /** The open pledges of active partners: those that take deliveries and withdrawals. */
    public List<PledgeId> openPledges() {
        return pledges.entrySet().stream()
                .filter(pledge -> active.containsKey(pledge.getValue().partner)
                        && pledge.getValue().remaining().signum() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    public BigDecimal remaining(PledgeId pledge) {
        return pledges.get(pledge).remaining();
    }

    public void deliver(PledgeId pledge, String amount) {
        Pledge delivered = openPledge(pledge);
        BigDecimal value = new BigDecimal(amount);
        if (value.compareTo(delivered.remaining()) > 0) {
            throw new IllegalStateException(amount + " exceeds what remains of " + pledge);
        }
        delivered.settled = delivered.settled.add(value);
        stream.record(new PledgeDelivered(
                partnership,
                pledge,
                delivered.partner,
                active.get(delivered.partner),
                value,
                delivered.unit,
                "Delivered"));
    }

    /** Withdraws what remains of the pledge. */
    public void withdrawPledge(PledgeId pledge) {
        Pledge withdrawn = openPledge(pledge);
        BigDecimal remaining = withdrawn.remaining();
        withdrawn.settled = withdrawn.amount;
        stream.record(new PledgeWithdrawn(
                partnership,
                pledge,
                withdrawn.partner,
                active.get(withdrawn.partner),
                remaining,
                withdrawn.unit,
                "Budget cut"));
    }

    private Sector requireActive(PartnerId partner) {
        Sector sector = active.get(partner);
        if (sector == null) {
            throw new IllegalStateException(partner + " is not active");
        }
        return sector;
    }

    private OpenProposal openProposal(ProposalId proposal) {
        OpenProposal found = open.get(proposal);
        if (found == null) {
            throw new IllegalStateException(proposal + " is not open");
        }
        return found;
    }

    private Pledge openPledge(PledgeId pledge) {
        if (!openPledges().contains(pledge)) {
            throw new IllegalStateException(pledge + " takes no deliveries or withdrawals");
        }
        return pledges.get(pledge);
    }

    private record OpenProposal(
            PartnerId author,
            ProposalKind kind,
            Phase targetPhase,
            List<Elector> electorate,
            Map<PartnerId, VoteChoice> latestVotes) {}

    private record Meeting(Set<PartnerId> heldFor, Set<PartnerId> attending) {}

    private static final class Pledge {

        private final PartnerId partner;
        private final String unit;
        private final BigDecimal amount;
        /** What was delivered or withdrawn of it so far. */
        private BigDecimal settled = BigDecimal.ZERO;

        Pledge(PartnerId partner, String unit, BigDecimal amount) {
            this.partner = partner;
            this.unit = unit;
            this.amount = amount;
        }

        BigDecimal remaining() {
            return amount.subtract(settled);
        }
    }
}
