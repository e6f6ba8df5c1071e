package org.roundtable.query.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.api.ParticipationFlag.DOMINANT;
import static org.roundtable.api.ParticipationFlag.SILENT;
import static org.roundtable.query.support.ReportAssertions.assertFigures;
import static org.roundtable.query.support.ReportAssertions.withinRounding;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PartnerParticipation;
import org.roundtable.api.queries.SectorParticipation;
import org.roundtable.api.queries.WithdrawnParticipation;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewFeed;

/** The participation report (SPEC section 4) on small partnerships whose figures are worked out by hand. */
class ParticipationReportTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final Session session = new Session();
    private ViewFeed view;
    private ParticipationQueryHandler queries;

    @BeforeEach
    void wire() {
        view = new ViewFeed(new ParticipationProjection(database.jdbc()), database.positions());
        queries = new ParticipationQueryHandler(database.jdbc());
    }

    @Test
    void everyFigureOfAWorkedExample() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        PartnerId tenants = session.admit("Tenants", Sector.COMMUNITY);
        ProposalId first = session.propose(city);
        session.propose(city);
        session.propose(mill);
        session.vote(first, city, VoteChoice.AGREE);
        session.vote(first, mill, VoteChoice.DISAGREE);
        session.vote(first, residents, VoteChoice.AGREE);
        session.vote(first, mill, VoteChoice.AGREE);
        session.vote(session.openProposals().get(1), city, VoteChoice.AGREE);
        MeetingId kickOff = session.meeting("Kick-off");
        session.attend(kickOff, city, mill, residents);
        session.speak(kickOff, city, 300);
        session.speak(kickOff, mill, 120);
        session.speak(kickOff, residents, 60);
        MeetingId walk = session.meeting("River walk");
        session.attend(walk, city, residents);
        session.speak(walk, city, 200);
        session.speak(walk, residents, 120);
        session.lesson(residents);

        ParticipationReport report = report();

        // N = 4, equalShare = 1/4. Every partner is in the electorate of the 3 proposals.
        // voiceActs = proposals + contributions + lessons: city 2+2+0 = 4, mill 1+1+0 = 2,
        // residents 0+2+1 = 3, tenants 0; Σ = 9. speakingSeconds: 500, 120, 180, 0; Σ = 800.
        // SILENT below 1/8: tenants only. DOMINANT above 1/2: nobody (city 4/9).
        assertFigures(
                report.partners(),
                List.of(
                        new PartnerParticipation(
                                city,
                                "City",
                                Sector.PUBLIC,
                                2,
                                2,
                                3,
                                2.0 / 3,
                                2,
                                2,
                                1.0,
                                2,
                                500,
                                0,
                                4,
                                4.0 / 9,
                                500.0 / 800,
                                List.of()),
                        // Mill changed its vote on the first proposal: one vote cast.
                        new PartnerParticipation(
                                mill,
                                "Mill",
                                Sector.PRIVATE,
                                1,
                                1,
                                3,
                                1.0 / 3,
                                1,
                                2,
                                0.5,
                                1,
                                120,
                                0,
                                2,
                                2.0 / 9,
                                120.0 / 800,
                                List.of()),
                        new PartnerParticipation(
                                residents,
                                "Residents",
                                Sector.COMMUNITY,
                                0,
                                1,
                                3,
                                1.0 / 3,
                                2,
                                2,
                                1.0,
                                2,
                                180,
                                1,
                                3,
                                3.0 / 9,
                                180.0 / 800,
                                List.of()),
                        new PartnerParticipation(
                                tenants,
                                "Tenants",
                                Sector.COMMUNITY,
                                0,
                                0,
                                3,
                                0.0,
                                0,
                                2,
                                0.0,
                                0,
                                0,
                                0,
                                0,
                                0.0,
                                0.0,
                                List.of(SILENT))));
        assertThat(report.equalShare()).isEqualTo(0.25);
        // Sorted voiceActs 0, 2, 3, 4: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × (2 + 3 + 4 + 1 + 2 + 1) = 26; 2 N² x̄ = 2 × 16 × 9/4 = 72.
        assertThat(report.voiceGini()).isCloseTo(26.0 / 72, withinRounding());
        assertThat(report.balance()).isCloseTo(1 - 26.0 / 72, withinRounding());
        // Sorted seconds 0, 120, 180, 500: 2 × (120 + 180 + 500 + 60 + 380 + 320) = 3120; 2 × 16 × 200 = 6400.
        assertThat(report.speakingGini()).isCloseTo(3120.0 / 6400, withinRounding());
        // representation = voiceShare / memberShare; turnout = Σ votesCast / Σ votesEligible.
        assertFigures(
                report.sectors(),
                List.of(
                        new SectorParticipation(Sector.PUBLIC, 1, 0.25, 4.0 / 9, (4.0 / 9) / 0.25, 2.0 / 3),
                        new SectorParticipation(Sector.PRIVATE, 1, 0.25, 2.0 / 9, (2.0 / 9) / 0.25, 1.0 / 3),
                        new SectorParticipation(
                                Sector.COMMUNITY, 2, 0.5, 3.0 / 9, (3.0 / 9) / 0.5, (1.0 + 0) / (3 + 3))));
        assertThat(report.withdrawn()).isEmpty();
    }

    @Test
    void aChangedVoteCountsOnceInVotesCast() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        ProposalId proposal = session.propose(city);
        session.vote(proposal, city, VoteChoice.DISAGREE);
        session.vote(proposal, city, VoteChoice.BLOCK);
        session.vote(proposal, city, VoteChoice.AGREE);

        PartnerParticipation figures = report().partners().get(0);

        assertThat(figures.votesCast()).isEqualTo(1);
        assertThat(figures.turnout()).isEqualTo(1.0);
    }

    @Test
    void withoutVotesEligibleOrMeetingsHeldTurnoutAndAttendanceAreZero() {
        session.admit("City", Sector.PUBLIC);

        PartnerParticipation figures = report().partners().get(0);

        assertThat(figures.votesEligible()).isZero();
        assertThat(figures.turnout()).isZero();
        assertThat(figures.meetingsHeld()).isZero();
        assertThat(figures.attendance()).isZero();
    }

    @Test
    void meetingsHeldCountsOnlyTheMeetingsRecordedWhileThePartnerWasActive() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        MeetingId before = session.meeting("Before the residents joined");
        session.attend(before, city);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        MeetingId after = session.meeting("After");
        session.attend(after, residents);

        List<PartnerParticipation> partners = report().partners();

        // city attended 1 of 2, residents 1 of the 1 held since they joined.
        assertThat(partners).extracting(PartnerParticipation::meetingsHeld).containsExactly(2, 1);
        assertThat(partners).extracting(PartnerParticipation::attendance).containsExactly(0.5, 1.0);
    }

    @Test
    void whenNobodyHasSpokenEveryoneIsSilentAndTheVoiceIsEvenlySpread() {
        session.admit("City", Sector.PUBLIC);
        session.admit("Mill", Sector.PRIVATE);
        session.admit("Residents", Sector.COMMUNITY);

        ParticipationReport report = report();

        // voiceShare 0 for all (Σ voiceActs = 0) < 0.5 × 1/3.
        assertThat(report.partners()).allSatisfy(partner -> {
            assertThat(partner.voiceShare()).isZero();
            assertThat(partner.speakingShare()).isZero();
            assertThat(partner.flags()).containsExactly(SILENT);
        });
        assertThat(report.voiceGini()).isZero();
        assertThat(report.speakingGini()).isZero();
        assertThat(report.balance()).isEqualTo(1.0);
        assertThat(report.equalShare()).isCloseTo(1.0 / 3, withinRounding());
        assertThat(report.sectors())
                .allSatisfy(sector -> assertThat(sector.representation()).isZero());
    }

    @Test
    void aSinglePartnerHoldsTheWholeVoiceAndDominatesNobody() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        session.propose(city);
        session.lesson(city);

        ParticipationReport report = report();

        // N = 1: equalShare 1, voiceShare 2/2 = 1; Gini at most 1 − 1/N = 0.
        assertThat(report.equalShare()).isEqualTo(1.0);
        assertThat(report.partners().get(0).voiceShare()).isEqualTo(1.0);
        assertThat(report.partners().get(0).flags()).isEmpty();
        assertThat(report.voiceGini()).isZero();
        assertFigures(report.sectors(), List.of(new SectorParticipation(Sector.PUBLIC, 1, 1.0, 1.0, 1.0, 0.0)));
    }

    @Test
    void aVoiceOverTwiceTheEqualShareAmongThreeOrMoreIsDominant() {
        List<PartnerId> partners = admitFour();
        // voiceActs 6, 1, 1, 0: Σ = 8; 6/8 > 2 × 1/4; 1/8 is not below 0.5 × 1/4 = 1/8; 0 is.
        acts(partners.get(0), 6);
        acts(partners.get(1), 1);
        acts(partners.get(2), 1);

        assertThat(report().partners())
                .extracting(PartnerParticipation::flags)
                .containsExactly(List.of(DOMINANT), List.of(), List.of(), List.of(SILENT));
    }

    @Test
    void exactlyTwiceTheEqualShareIsNotDominant() {
        List<PartnerId> partners = admitFour();
        // voiceActs 4, 2, 1, 1: Σ = 8; 4/8 = 2 × 1/4 exactly; 1/8 = 0.5 × 1/4 exactly.
        acts(partners.get(0), 4);
        acts(partners.get(1), 2);
        acts(partners.get(2), 1);
        acts(partners.get(3), 1);

        assertThat(report().partners())
                .allSatisfy(partner -> assertThat(partner.flags()).isEmpty());
    }

    @Test
    void amongThreeTheThresholdsAreComparedExactly() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        // voiceActs 4, 1, 1: Σ = 6; 4/6 = 2 × 1/3 and 1/6 = 0.5 × 1/3, neither beyond its threshold.
        acts(city, 4);
        acts(mill, 1);
        acts(residents, 1);

        assertThat(report().partners())
                .allSatisfy(partner -> assertThat(partner.flags()).isEmpty());
    }

    @Test
    void amongTwoNobodyIsDominant() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        session.admit("Mill", Sector.PRIVATE);
        // voiceShare 1 and 0. With N = 2 no share can exceed 2 × 1/2 anyway: N ≥ 3 only says so twice.
        acts(city, 5);

        assertThat(report().partners())
                .extracting(PartnerParticipation::flags)
                .containsExactly(List.of(), List.of(SILENT));
    }

    @Test
    void withdrawnPartnersAreListedApartAndLeftOutOfEveryShareAndIndex() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        ProposalId proposal = session.propose(mill);
        session.vote(proposal, mill, VoteChoice.AGREE);
        MeetingId meeting = session.meeting("Kick-off");
        session.attend(meeting, mill, city);
        session.speak(meeting, mill, 600);
        session.speak(meeting, city, 60);
        session.lesson(mill);
        session.withdraw(mill);
        session.lesson(residents);

        ParticipationReport report = report();

        // Mill's 3 acts and 600 s are out: N = 2, voiceActs city 1, residents 1.
        assertThat(report.withdrawn())
                .containsExactly(new WithdrawnParticipation(mill, "Mill", Sector.PRIVATE, 1, 1, 1, 600, 1));
        assertThat(report.partners())
                .extracting(PartnerParticipation::partnerId)
                .containsExactly(city, residents);
        assertThat(report.partners())
                .extracting(PartnerParticipation::voiceShare)
                .containsExactly(0.5, 0.5);
        assertThat(report.partners())
                .extracting(PartnerParticipation::speakingShare)
                .containsExactly(1.0, 0.0);
        assertThat(report.equalShare()).isEqualTo(0.5);
        assertThat(report.voiceGini()).isZero();
        // Seconds 60 and 0: 2 × 60 / (2 × 4 × 30) = 0.5, the maximum for N = 2.
        assertThat(report.speakingGini()).isEqualTo(0.5);
        assertThat(report.sectors())
                .extracting(SectorParticipation::sector)
                .containsExactly(Sector.PUBLIC, Sector.COMMUNITY);
    }

    /**
     * No report shows a withdrawn partner's meetings held, so the stored counter is read: the partners
     * counted are those active when the meeting was recorded, also when the withdrawal is in the same batch.
     */
    @Test
    void aWithdrawnPartnerIsNoLongerCountedInTheMeetingsHeld() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        session.meeting("Kick-off");
        session.withdraw(mill);
        session.meeting("After the mill left");

        report();

        assertThat(List.of(city, mill))
                .extracting(partner -> database.jdbc()
                        .queryForObject(
                                "SELECT meetings_held FROM participation_count WHERE partner_id = :partner AND segment = 0",
                                Map.of("partner", partner.value()),
                                Integer.class))
                .containsExactly(2, 1);
    }

    @Test
    void anUnknownPartnershipHasNoReport() {
        assertThat(queries.handle(new FindParticipation(PartnershipId.random())))
                .isEmpty();
    }

    @Test
    void aPartnershipWithoutPartnersHasAnEmptyReport() {
        ParticipationReport report = report();

        assertThat(report).isEqualTo(new ParticipationReport(0, 0, 0, 1, List.of(), List.of(), List.of()));
    }

    private List<PartnerId> admitFour() {
        return List.of(
                session.admit("City", Sector.PUBLIC),
                session.admit("Mill", Sector.PRIVATE),
                session.admit("Residents", Sector.COMMUNITY),
                session.admit("Tenants", Sector.COMMUNITY));
    }

    /** {@code count} voice acts of the partner, as lessons. */
    private void acts(PartnerId partner, int count) {
        for (int act = 0; act < count; act++) {
            session.lesson(partner);
        }
    }

    private ParticipationReport report() {
        view.apply(session.partnership(), session.events());
        return queries.handle(new FindParticipation(session.partnership())).orElseThrow();
    }
}
