package org.roundtable.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.assertFigures;
import static org.roundtable.query.support.ReportAssertions.withinRounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.Attendee;
import org.roundtable.api.Elector;
import org.roundtable.api.PartnerId;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.api.queries.PartnerPower;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.SectorParticipation;
import org.roundtable.query.support.GiniDefinition;
import org.roundtable.query.support.QueryModule;
import org.roundtable.query.support.RandomSessions;
import org.roundtable.query.support.RecordedEvent;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewNames;

/**
 * What must hold of the three reports whatever the history: checked on seeded random sessions of
 * every kind of act, fed to the views event by event.
 */
class VoiceReportsPropertiesTest {

    private static final int SESSIONS = 25;
    private static final int ACTS = 100;

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private static final List<Sample> samples = new ArrayList<>();

    @BeforeAll
    static void feedRandomSessions() {
        QueryModule views =
                new QueryModule(database, ViewNames.PARTICIPATION, ViewNames.POWER_BALANCE, ViewNames.COMMITMENTS);
        for (long seed = 1; seed <= SESSIONS; seed++) {
            Session session = RandomSessions.generate(seed, ACTS);
            views.apply(session.partnership(), session.events());
            samples.add(new Sample(
                    seed,
                    session.events(),
                    views.find(new FindParticipation(session.partnership()), ParticipationReport.class)
                            .orElseThrow(),
                    views.find(new FindPowerBalance(session.partnership()), PowerBalanceReport.class)
                            .orElseThrow(),
                    views.find(new FindCommitments(session.partnership()), CommitmentsReport.class)
                            .orElseThrow()));
        }
    }

    @Test
    void voiceSharesSumToOneOrAreAllZero() {
        for (Sample sample : samples) {
            ParticipationReport report = sample.participation();
            assertSumsToOneOrAllZero(sample, report.partners(), PartnerParticipation::voiceShare);
            assertSumsToOneOrAllZero(sample, report.partners(), PartnerParticipation::speakingShare);
            assertSumsToOneOrAllZero(sample, report.sectors(), SectorParticipation::voiceShare);
            assertSumsToOneOrAllZero(sample, report.sectors(), SectorParticipation::memberShare);
        }
    }

    @Test
    void everyGiniIsBetweenZeroAndOneMinusOneOverN() {
        for (Sample sample : samples) {
            int n = sample.participation().partners().size();
            double most = n == 0 ? 0 : 1 - 1.0 / n;
            assertThat(List.of(
                            sample.participation().voiceGini(),
                            sample.participation().speakingGini(),
                            sample.power().agendaGini()))
                    .as("seed %d, N = %d", sample.seed(), n)
                    .allSatisfy(gini -> assertThat(gini).isBetween(0.0, most + 1e-12));
        }
    }

    @Test
    void everyGiniEqualsTheDoubleSumDefinition() {
        for (Sample sample : samples) {
            List<PartnerParticipation> partners = sample.participation().partners();
            assertThat(sample.participation().voiceGini())
                    .as("seed %d", sample.seed())
                    .isCloseTo(
                            GiniDefinition.of(partners.stream()
                                    .mapToLong(PartnerParticipation::voiceActs)
                                    .toArray()),
                            withinRounding());
            assertThat(sample.participation().speakingGini())
                    .as("seed %d", sample.seed())
                    .isCloseTo(
                            GiniDefinition.of(partners.stream()
                                    .mapToLong(PartnerParticipation::speakingSeconds)
                                    .toArray()),
                            withinRounding());
            assertThat(sample.power().agendaGini())
                    .as("seed %d", sample.seed())
                    .isCloseTo(
                            GiniDefinition.of(sample.power().partners().stream()
                                    .mapToLong(PartnerPower::proposalsAdopted)
                                    .toArray()),
                            withinRounding());
        }
    }

    @Test
    void everyRateIsBetweenZeroAndOne() {
        for (Sample sample : samples) {
            assertThat(sample.participation().partners())
                    .as("seed %d", sample.seed())
                    .allSatisfy(partner -> {
                        assertThat(partner.turnout()).isBetween(0.0, 1.0);
                        assertThat(partner.attendance()).isBetween(0.0, 1.0);
                    });
            assertThat(sample.participation().sectors())
                    .as("seed %d", sample.seed())
                    .allSatisfy(sector -> assertThat(sector.turnout()).isBetween(0.0, 1.0));
            assertThat(sample.power().partners()).as("seed %d", sample.seed()).allSatisfy(partner -> {
                assertThat(partner.adoptionRate()).isBetween(0.0, 1.0);
                assertThat(partner.alignment()).isBetween(0.0, 1.0);
                assertThat(partner.agendaShare()).isBetween(0.0, 1.0);
            });
            assertThat(sample.commitments().partners())
                    .as("seed %d", sample.seed())
                    .flatMap(partner -> partner.units())
                    .allSatisfy(unit -> {
                        assertThat(unit.fulfilment()).isBetween(0.0, 1.0);
                        assertThat(unit.delivered().add(unit.withdrawn())).isLessThanOrEqualTo(unit.pledged());
                    });
        }
    }

    @Test
    void resourceSharesSumToOneOrAreAllZeroAndAgendaSharesToAtMostOne() {
        for (Sample sample : samples) {
            assertSumsToOneOrAllZero(sample, sample.power().partners(), PartnerPower::resourceShare);
            assertThat(sample.power().partners().stream()
                            .mapToDouble(PartnerPower::agendaShare)
                            .sum())
                    .as("seed %d: withdrawn partners' adopted proposals count in the whole", sample.seed())
                    .isLessThanOrEqualTo(1 + 1e-12);
        }
    }

    @Test
    void theParticipationCountersEqualARecountOfTheEvents() {
        for (Sample sample : samples) {
            Map<PartnerId, Recount> recount = recount(sample.events());
            List<Object> expected = new ArrayList<>();
            List<Object> actual = new ArrayList<>();
            sample.participation().partners().forEach(partner -> {
                actual.add(List.of(
                        partner.partnerId(),
                        partner.proposals(),
                        partner.votesCast(),
                        partner.votesEligible(),
                        partner.meetingsAttended(),
                        partner.meetingsHeld(),
                        partner.contributions(),
                        partner.speakingSeconds(),
                        partner.lessons()));
                expected.add(recount.get(partner.partnerId()).counts(partner.partnerId()));
            });
            assertFigures(actual, expected);
            assertThat(sample.participation().partners().size()
                            + sample.participation().withdrawn().size())
                    .as("seed %d: every partner listed once", sample.seed())
                    .isEqualTo(recount.size());
        }
    }

    @Test
    void theHistoryHoldsEveryCommitmentActInStreamOrder() {
        Set<String> commitmentActs = Set.of(
                "PartnerAdmitted",
                "PartnerWithdrawn",
                "ContractTermsDrafted",
                "ContractSigned",
                "ContractCameIntoForce",
                "ContractLapsed",
                "PledgeMade",
                "PledgeDelivered",
                "PledgeWithdrawn");
        for (Sample sample : samples) {
            List<Long> expected = sample.events().stream()
                    .filter(event ->
                            commitmentActs.contains(event.payload().getClass().getSimpleName()))
                    .map(RecordedEvent::sequence)
                    .toList();
            assertThat(sample.commitments().history())
                    .as("seed %d", sample.seed())
                    .extracting(entry -> entry.sequence())
                    .containsExactlyElementsOf(expected);
        }
    }

    private static <T> void assertSumsToOneOrAllZero(Sample sample, List<T> items, ToDoubleFunction<T> share) {
        double sum = items.stream().mapToDouble(share).sum();
        if (items.stream().allMatch(item -> share.applyAsDouble(item) == 0)) {
            return;
        }
        assertThat(sum).as("seed %d", sample.seed()).isCloseTo(1.0, withinRounding());
    }

    /** Counts each partner's acts from the events themselves, by the definitions of SPEC section 4. */
    private static Map<PartnerId, Recount> recount(List<RecordedEvent> events) {
        Map<PartnerId, Recount> partners = new LinkedHashMap<>();
        Set<PartnerId> active = new HashSet<>();
        for (RecordedEvent event : events) {
            Object payload = event.payload();
            if (payload instanceof PartnerAdmitted admitted) {
                partners.put(admitted.partnerId(), new Recount());
                active.add(admitted.partnerId());
            } else if (payload instanceof PartnerWithdrawn withdrawn) {
                active.remove(withdrawn.partnerId());
            } else if (payload instanceof ProposalSubmitted submitted) {
                partners.get(submitted.partnerId()).proposals++;
                submitted.electorate().stream()
                        .map(Elector::partnerId)
                        .forEach(elector -> partners.get(elector).votesEligible++);
            } else if (payload instanceof VoteCast cast) {
                partners.get(cast.partnerId()).votesCast++;
            } else if (payload instanceof MeetingRecorded) {
                active.forEach(partner -> partners.get(partner).meetingsHeld++);
            } else if (payload instanceof AttendanceRecorded attendance) {
                attendance.attendees().stream()
                        .map(Attendee::partnerId)
                        .forEach(attendee -> partners.get(attendee).meetingsAttended++);
            } else if (payload instanceof ContributionRecorded contribution) {
                partners.get(contribution.partnerId()).contributions++;
                partners.get(contribution.partnerId()).speakingSeconds += contribution.seconds();
            } else if (payload instanceof LessonLogged lesson) {
                partners.get(lesson.partnerId()).lessons++;
            }
        }
        return partners;
    }

    private static final class Recount {
        int proposals;
        int votesCast;
        int votesEligible;
        int meetingsAttended;
        int meetingsHeld;
        int contributions;
        long speakingSeconds;
        int lessons;

        List<Object> counts(PartnerId partner) {
            return List.of(
                    partner,
                    proposals,
                    votesCast,
                    votesEligible,
                    meetingsAttended,
                    meetingsHeld,
                    contributions,
                    speakingSeconds,
                    lessons);
        }
    }

    private record Sample(
            long seed,
            List<RecordedEvent> events,
            ParticipationReport participation,
            PowerBalanceReport power,
            CommitmentsReport commitments) {}
}
