package org.roundtable.query.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.roundtable.api.MeetingId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/**
 * Random sessions for the property tests and the replay test: every kind of act, phase moves and loops
 * included, in an order the rules allow, the same acts for the same seed (the ids differ from run to run).
 */
public final class RandomSessions {

    private static final List<String> UNITS = List.of("EUR", "EUR", "HOURS", "datasets");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final Random random;
    private final Session session = new Session();
    private final Set<ProposalId> phaseMoves = new HashSet<>();

    private RandomSessions(long seed) {
        this.random = new Random(seed);
    }

    /** A session of {@code acts} random attempts at an act; an attempt the rules would refuse is dropped. */
    public static Session generate(long seed, int acts) {
        RandomSessions generator = new RandomSessions(seed);
        for (int act = 0; act < acts; act++) {
            generator.act();
        }
        return generator.session;
    }

    private void act() {
        List<PartnerId> active = session.active();
        if (active.isEmpty() || (active.size() < 6 && random.nextInt(8) == 0)) {
            session.admit("Partner " + random.nextInt(1_000_000), pick(List.of(Sector.values())));
            return;
        }
        switch (random.nextInt(13)) {
            case 0 -> {
                if (active.size() > 1 && random.nextInt(3) == 0) {
                    session.withdraw(pick(active));
                }
            }
            case 1 -> {
                if (random.nextInt(2) == 0) {
                    phaseMoves.add(session.proposeNextPhase(pick(active)));
                } else {
                    session.propose(pick(active));
                }
            }
            case 2 -> session.propose(pick(active));
            case 3, 4 -> vote();
            case 5 -> close();
            case 6 -> session.meeting("Meeting");
            case 7 -> attend();
            case 8 -> speak();
            case 9 -> session.lesson(pick(active));
            case 10 -> contract();
            case 11 ->
                session.pledge(pick(active), amount(new BigDecimal("5000")).toPlainString(), pick(UNITS));
            default -> settle();
        }
    }

    private void vote() {
        List<ProposalId> open = session.openProposals();
        if (!open.isEmpty()) {
            ProposalId proposal = pick(open);
            List<PartnerId> electors = session.electorsWhoMayVote(proposal);
            if (!electors.isEmpty()) {
                session.vote(proposal, pick(electors), pick(List.of(VoteChoice.values())));
            }
        }
    }

    private void close() {
        List<ProposalId> open = session.openProposals();
        if (!open.isEmpty()) {
            ProposalId proposal = pick(open);
            // Most phase moves carry, so that sessions go round the loop.
            boolean carried = phaseMoves.contains(proposal) && random.nextInt(4) != 0;
            session.close(proposal, carried ? Outcome.ADOPTED : pick(List.of(Outcome.values())));
        }
    }

    private void attend() {
        List<MeetingId> meetings = session.meetings();
        if (!meetings.isEmpty()) {
            MeetingId meeting = pick(meetings);
            List<PartnerId> mayAttend = session.mayAttend(meeting);
            if (!mayAttend.isEmpty()) {
                session.attend(
                        meeting,
                        mayAttend
                                .subList(0, 1 + random.nextInt(mayAttend.size()))
                                .toArray(PartnerId[]::new));
            }
        }
    }

    private void speak() {
        List<MeetingId> meetings = session.meetings();
        if (!meetings.isEmpty()) {
            MeetingId meeting = pick(meetings);
            List<PartnerId> speakers = session.mayContribute(meeting);
            if (!speakers.isEmpty()) {
                session.speak(meeting, pick(speakers), 1 + random.nextInt(900));
            }
        }
    }

    private void contract() {
        List<PartnerId> maySign = session.maySign();
        if (maySign.isEmpty() || random.nextInt(4) == 0) {
            session.draft();
        } else {
            session.sign(pick(maySign));
        }
    }

    /** Delivers part or all of an open pledge, or withdraws what remains of it. */
    private void settle() {
        List<PledgeId> open = session.openPledges();
        if (open.isEmpty()) {
            return;
        }
        PledgeId pledge = pick(open);
        if (random.nextInt(4) == 0) {
            session.withdrawPledge(pledge);
        } else {
            session.deliver(pledge, amount(session.remaining(pledge)).toPlainString());
        }
    }

    /** A positive amount in cents, at most {@code most}. */
    private BigDecimal amount(BigDecimal most) {
        BigDecimal amount =
                most.multiply(BigDecimal.valueOf(random.nextDouble())).setScale(2, RoundingMode.DOWN);
        return amount.compareTo(CENT) < 0 ? most : amount;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
