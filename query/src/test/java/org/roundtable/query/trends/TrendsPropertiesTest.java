package org.roundtable.query.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.assertFigures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.Outcome;
import org.roundtable.api.ParticipationFlag;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Segment;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.MeetingRecorded;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.PledgeWithdrawn;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.FindTrends;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.api.queries.PartnerPower;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.TrendSegment;
import org.roundtable.api.queries.Trends;
import org.roundtable.api.queries.WithdrawnParticipation;
import org.roundtable.query.support.QueryModule;
import org.roundtable.query.support.RandomSessions;
import org.roundtable.query.support.RecordedEvent;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewNames;

/**
 * What must hold of the trends and the reports over one segment whatever the history, on seeded random
 * sessions going round several phases and loops: each segment's report equals the whole-life report of
 * a stream holding that segment's acts alone (and who was at the table by its end), and the segments'
 * counts add up to the whole life's.
 */
class TrendsPropertiesTest {

    private static final int SESSIONS = 25;
    private static final int ACTS = 160;

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    /** A second schema, where each segment's acts alone are fed to fresh views. */
    @RegisterExtension
    static final TestDatabase alone = new TestDatabase();

    private static final List<Sample> samples = new ArrayList<>();
    private static QueryModule segmentAlone;

    @BeforeAll
    static void feedRandomSessions() {
        QueryModule views = new QueryModule(database, ViewNames.PARTICIPATION, ViewNames.POWER_BALANCE);
        segmentAlone = new QueryModule(alone, ViewNames.PARTICIPATION, ViewNames.POWER_BALANCE);
        for (long seed = 1; seed <= SESSIONS; seed++) {
            Session session = RandomSessions.generate(seed, ACTS);
            PartnershipId partnership = session.partnership();
            views.apply(partnership, session.events());
            Trends trends =
                    views.find(new FindTrends(partnership), Trends.class).orElseThrow();
            List<SegmentReports> segments = trends.segments().stream()
                    .map(trend -> {
                        Segment segment = new Segment(trend.loop(), trend.phase());
                        return new SegmentReports(
                                trend,
                                views.find(new FindParticipation(partnership, segment), ParticipationReport.class)
                                        .orElseThrow(),
                                views.find(new FindPowerBalance(partnership, segment), PowerBalanceReport.class)
                                        .orElseThrow());
                    })
                    .toList();
            samples.add(new Sample(
                    seed,
                    session,
                    segments,
                    views.find(new FindParticipation(partnership), ParticipationReport.class)
                            .orElseThrow(),
                    views.find(new FindPowerBalance(partnership), PowerBalanceReport.class)
                            .orElseThrow()));
        }
    }

    @Test
    void theSessionsGoRoundPhasesAndLoops() {
        assertThat(samples.stream()
                        .mapToInt(sample -> sample.segments().size())
                        .max()
                        .orElseThrow())
                .as("the generator must go round a loop at least once")
                .isGreaterThanOrEqualTo(5);
        assertThat(samples)
                .allSatisfy(sample -> assertThat(sample.segments().stream()
                                .map(SegmentReports::trend)
                                .map(trend -> new Segment(trend.loop(), trend.phase())))
                        .as("seed %d: the segments in the order the session went through them", sample.seed())
                        .containsExactlyElementsOf(segmentsOf(sample.session().events())));
    }

    @Test
    void eachSegmentsParticipationIsTheReportOfItsActsAlone() {
        for (Sample sample : samples) {
            List<StampedEvent> stamped = stamp(sample.session().events());
            for (int number = 1; number <= sample.segments().size(); number++) {
                int segment = number;
                Map<ProposalId, Integer> submittedIn = new HashMap<>();
                Map<Object, Integer> meetingIn = new HashMap<>();
                stamped.forEach(event -> {
                    if (event.payload() instanceof ProposalSubmitted submitted) {
                        submittedIn.put(submitted.proposalId(), event.segment());
                    }
                    if (event.payload() instanceof MeetingRecorded meeting) {
                        meetingIn.put(meeting.meetingId(), event.segment());
                    }
                });
                List<RecordedEvent> acts = alone(stamped, segment, event -> {
                    Object act = event.payload();
                    if (act instanceof VoteCast vote) {
                        return submittedIn.get(vote.proposalId()) == segment;
                    }
                    if (act instanceof AttendanceRecorded attendance) {
                        return meetingIn.get(attendance.meetingId()) == segment;
                    }
                    return event.segment() == segment
                            && (act instanceof ProposalSubmitted
                                    || act instanceof MeetingRecorded
                                    || act instanceof ContributionRecorded
                                    || act instanceof LessonLogged);
                });
                assertFigures(
                        sample.segments().get(segment - 1).participation(),
                        reportOf(
                                sample,
                                acts,
                                new FindParticipation(sample.session().partnership()),
                                ParticipationReport.class));
            }
        }
    }

    @Test
    void eachSegmentsPowerBalanceIsTheReportOfItsDecisionsAlone() {
        for (Sample sample : samples) {
            List<StampedEvent> stamped = stamp(sample.session().events());
            for (int number = 1; number <= sample.segments().size(); number++) {
                int segment = number;
                Set<ProposalId> closedHere = new HashSet<>();
                stamped.stream()
                        .filter(event -> event.segment() == segment && event.payload() instanceof ProposalClosed)
                        .forEach(event -> closedHere.add(((ProposalClosed) event.payload()).proposalId()));
                // A decision needs its ballots, whenever they were opened and marked.
                List<RecordedEvent> acts = alone(stamped, segment, event -> {
                    Object act = event.payload();
                    if (act instanceof PledgeMade || act instanceof PledgeWithdrawn) {
                        return event.segment() == segment;
                    }
                    return (act instanceof ProposalSubmitted submitted && closedHere.contains(submitted.proposalId()))
                            || (act instanceof VoteCast vote && closedHere.contains(vote.proposalId()))
                            || (act instanceof VoteChanged changed && closedHere.contains(changed.proposalId()))
                            || (act instanceof ProposalClosed closed && closedHere.contains(closed.proposalId()));
                });
                assertFigures(
                        sample.segments().get(segment - 1).power(),
                        reportOf(
                                sample,
                                acts,
                                new FindPowerBalance(sample.session().partnership()),
                                PowerBalanceReport.class));
            }
        }
    }

    @Test
    void eachTrendIsItsSegmentsReportsInFigures() {
        for (Sample sample : samples) {
            List<StampedEvent> stamped = stamp(sample.session().events());
            for (int number = 1; number <= sample.segments().size(); number++) {
                int segment = number;
                SegmentReports reports = sample.segments().get(segment - 1);
                ParticipationReport participation = reports.participation();
                List<ProposalClosed> closings = stamped.stream()
                        .filter(event -> event.segment() == segment)
                        .map(StampedEvent::payload)
                        .filter(ProposalClosed.class::isInstance)
                        .map(ProposalClosed.class::cast)
                        .toList();
                long cast = participation.partners().stream()
                        .mapToLong(PartnerParticipation::votesCast)
                        .sum();
                long eligible = participation.partners().stream()
                        .mapToLong(PartnerParticipation::votesEligible)
                        .sum();
                assertFigures(
                        reports.trend(),
                        new TrendSegment(
                                reports.trend().loop(),
                                reports.trend().phase(),
                                stamped.stream()
                                        .filter(event -> event.segment() == segment)
                                        .findFirst()
                                        .orElseThrow()
                                        .at(),
                                segment == sample.segments().size()
                                        ? null
                                        : stamped.stream()
                                                .filter(event -> event.segment() == segment + 1)
                                                .findFirst()
                                                .orElseThrow()
                                                .at(),
                                participation.voiceGini(),
                                participation.speakingGini(),
                                participation.balance(),
                                eligible == 0 ? 0 : (double) cast / eligible,
                                flagged(participation, ParticipationFlag.SILENT),
                                flagged(participation, ParticipationFlag.DOMINANT),
                                closings.size(),
                                (int) closings.stream()
                                        .filter(closed -> closed.outcome() == Outcome.ADOPTED)
                                        .count(),
                                reports.power().agendaGini()));
            }
        }
    }

    @Test
    void theSegmentsCountsAddUpToTheWholeLifes() {
        for (Sample sample : samples) {
            Map<PartnerId, List<Long>> voices = new HashMap<>();
            Map<PartnerId, List<Long>> decisions = new HashMap<>();
            for (SegmentReports segment : sample.segments()) {
                segment.participation().partners().forEach(partner -> add(voices, partner.partnerId(), voice(partner)));
                segment.participation()
                        .withdrawn()
                        .forEach(partner -> add(voices, partner.partnerId(), voice(partner)));
                segment.power().partners().forEach(partner -> add(decisions, partner.partnerId(), decisions(partner)));
            }
            Map<PartnerId, List<Long>> wholeVoices = new HashMap<>();
            sample.participation().partners().forEach(partner -> add(wholeVoices, partner.partnerId(), voice(partner)));
            sample.participation()
                    .withdrawn()
                    .forEach(partner -> add(wholeVoices, partner.partnerId(), voice(partner)));
            Map<PartnerId, List<Long>> wholeDecisions = new HashMap<>();
            sample.power().partners().forEach(partner -> add(wholeDecisions, partner.partnerId(), decisions(partner)));
            assertThat(voices).as("seed %d", sample.seed()).isEqualTo(wholeVoices);
            // Withdrawn partners leave the power-balance report, in a segment as over the whole life: the
            // partners active now were active in every segment since their admission.
            decisions.keySet().retainAll(wholeDecisions.keySet());
            assertThat(decisions).as("seed %d", sample.seed()).isEqualTo(wholeDecisions);
            assertThat(sample.segments().stream()
                            .mapToInt(segment -> segment.trend().decided())
                            .sum())
                    .as("seed %d: every closing in one segment", sample.seed())
                    .isEqualTo(sample.session().events().stream()
                            .filter(event -> event.payload() instanceof ProposalClosed)
                            .count());
        }
    }

    /** The whole-life answer to {@code query} of fresh views fed {@code acts} alone. */
    private static <R> R reportOf(Sample sample, List<RecordedEvent> acts, Object query, Class<R> answer) {
        segmentAlone.reset();
        segmentAlone.apply(sample.session().partnership(), acts);
        return segmentAlone.find(query, answer).orElseThrow();
    }

    /** The partnership's formation and who joined and left by the segment's end, with the acts {@code kept}. */
    private static List<RecordedEvent> alone(List<StampedEvent> stamped, int segment, Predicate<StampedEvent> kept) {
        return stamped.stream()
                .filter(event -> event.payload() instanceof PartnershipFormed
                        || ((event.payload() instanceof PartnerAdmitted || event.payload() instanceof PartnerWithdrawn)
                                && event.segment() <= segment)
                        || kept.test(event))
                .map(StampedEvent::event)
                .toList();
    }

    /** Each event with the number of the segment it belongs to, counted here independently of the views. */
    private static List<StampedEvent> stamp(List<RecordedEvent> events) {
        List<StampedEvent> stamped = new ArrayList<>();
        int number = 1;
        for (RecordedEvent event : events) {
            if (event.payload() instanceof PhaseChanged) {
                number++;
            }
            stamped.add(new StampedEvent(event, number));
        }
        return stamped;
    }

    private static List<Segment> segmentsOf(List<RecordedEvent> events) {
        List<Segment> segments = new ArrayList<>();
        Segment segment = null;
        for (RecordedEvent event : events) {
            Segment next = Segment.of(segment, event.payload());
            if (!next.equals(segment)) {
                segments.add(next);
            }
            segment = next;
        }
        return segments;
    }

    private static int flagged(ParticipationReport report, ParticipationFlag flag) {
        return (int) report.partners().stream()
                .filter(partner -> partner.flags().contains(flag))
                .count();
    }

    private static List<Long> voice(PartnerParticipation partner) {
        return List.of(
                (long) partner.proposals(),
                (long) partner.votesCast(),
                (long) partner.contributions(),
                partner.speakingSeconds(),
                (long) partner.lessons());
    }

    private static List<Long> voice(WithdrawnParticipation partner) {
        return List.of(
                (long) partner.proposals(),
                (long) partner.votesCast(),
                (long) partner.contributions(),
                partner.speakingSeconds(),
                (long) partner.lessons());
    }

    private static List<Long> decisions(PartnerPower partner) {
        return List.of(
                (long) partner.proposalsDecided(), (long) partner.proposalsAdopted(), (long) partner.overruled());
    }

    private static void add(Map<PartnerId, List<Long>> sums, PartnerId partner, List<Long> counts) {
        sums.merge(partner, counts, (left, right) -> {
            List<Long> sum = new ArrayList<>(left);
            for (int i = 0; i < right.size(); i++) {
                sum.set(i, sum.get(i) + right.get(i));
            }
            return sum;
        });
    }

    private record StampedEvent(RecordedEvent event, int segment) {

        Object payload() {
            return event.payload();
        }

        Instant at() {
            return event.at();
        }
    }

    private record SegmentReports(TrendSegment trend, ParticipationReport participation, PowerBalanceReport power) {}

    private record Sample(
            long seed,
            Session session,
            List<SegmentReports> segments,
            ParticipationReport participation,
            PowerBalanceReport power) {}
}
