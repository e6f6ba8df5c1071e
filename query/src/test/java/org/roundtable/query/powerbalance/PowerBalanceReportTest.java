package org.roundtable.query.powerbalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.query.support.ReportAssertions.assertFigures;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.PartnerPower;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.PowerFlag;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewFeed;

/** The power-balance report (SPEC section 5) on small partnerships whose figures are worked out by hand. */
class PowerBalanceReportTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final Session session = new Session();
    private ViewFeed view;
    private PowerBalanceQueryHandler queries;

    @BeforeEach
    void wire() {
        view = new ViewFeed(new PowerBalanceProjection(database.jdbc()), database.positions());
        queries = new PowerBalanceQueryHandler(database.jdbc());
    }

    @Test
    void everyFigureAndFlagOfAWorkedExample() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        PartnerId tenants = session.admit("Tenants", Sector.COMMUNITY);
        ProposalId swimming = decide(
                city,
                Outcome.ADOPTED,
                city,
                VoteChoice.AGREE,
                mill,
                VoteChoice.AGREE,
                residents,
                VoteChoice.DISAGREE,
                tenants,
                VoteChoice.BLOCK);
        ProposalId discharge = decide(
                city,
                Outcome.ADOPTED,
                city,
                VoteChoice.AGREE,
                mill,
                VoteChoice.DISAGREE,
                residents,
                VoteChoice.AGREE,
                tenants,
                VoteChoice.ABSTAIN);
        decide(mill, Outcome.REJECTED, mill, VoteChoice.AGREE, city, VoteChoice.DISAGREE);
        decide(residents, Outcome.NO_QUORUM);
        ProposalId stillOpen = session.propose(city);
        session.vote(stillOpen, city, VoteChoice.AGREE);
        // The mill's changed vote counts as its latest: AGREE.
        decide(city, Outcome.ADOPTED, mill, VoteChoice.DISAGREE, mill, VoteChoice.AGREE, city, VoteChoice.AGREE);
        session.pledge(city, "5000", "EUR");
        PledgeId millsFunding = session.pledge(mill, "4000", "EUR");
        session.pledge(mill, "100", "HOURS");
        session.deliver(millsFunding, "1000");
        PledgeId residentsFunding = session.pledge(residents, "1000.00", "EUR");
        session.deliver(residentsFunding, "400.00");
        session.withdrawPledge(residentsFunding);
        session.pledge(tenants, "500", "eur");

        PowerBalanceReport report = report();

        // N = 4. Decided (any outcome): city 3 (the open one is not), mill 1, residents 1 (NO_QUORUM).
        // All adopted: 3, all city's. Counted votes are the latest on decided proposals:
        //   city      AGREE/ADOPTED, AGREE/ADOPTED, DISAGREE/REJECTED, AGREE/ADOPTED: 4 of 4 aligned
        //   mill      AGREE/ADOPTED, DISAGREE/ADOPTED (overruled), AGREE/REJECTED, AGREE/ADOPTED: 2 of 4
        //   residents DISAGREE/ADOPTED (overruled), AGREE/ADOPTED: 1 of 2
        //   tenants   BLOCK/ADOPTED (overruled), ABSTAIN/ADOPTED (never aligned): 0 of 2
        // Net EUR: city 5000, mill 4000 (deliveries change nothing, HOURS do not count), residents
        // 1000 − 600 withdrawn = 400, tenants 0 ("eur" is not EUR); Σ = 9400.
        assertFigures(
                report.partners(),
                List.of(
                        new PartnerPower(city, "City", Sector.PUBLIC, 3, 3, 1.0, 1.0, 0, 1.0, 5000.0 / 9400),
                        new PartnerPower(mill, "Mill", Sector.PRIVATE, 1, 0, 0.0, 0.0, 1, 0.5, 4000.0 / 9400),
                        new PartnerPower(
                                residents, "Residents", Sector.COMMUNITY, 1, 0, 0.0, 0.0, 1, 0.5, 400.0 / 9400),
                        new PartnerPower(tenants, "Tenants", Sector.COMMUNITY, 0, 0, 0.0, 0.0, 1, 0.0, 0.0)));
        // Adopted 3, 0, 0, 0: Σᵢ Σⱼ |xᵢ − xⱼ| = 2 × 3 × 3 = 18; 2 N² x̄ = 2 × 16 × 3/4 = 24; 18/24 = 1 − 1/N.
        assertThat(report.agendaGini()).isEqualTo(0.75);
        // City: 3/3 > 1/2 with N ≥ 3; 5000/9400 ≥ 0.5 and 1 ≥ 2 × 1/4. Every community voter opposed the
        // first adopted proposal, the only private voter the second; on the last the mill agreed in the end.
        assertThat(report.flags())
                .containsExactly(
                        PowerFlag.agendaConcentration(city),
                        PowerFlag.sectorOverruled(swimming, Sector.COMMUNITY),
                        PowerFlag.sectorOverruled(discharge, Sector.PRIVATE),
                        PowerFlag.pursePower(city));
    }

    @Test
    void aSectorOverruledStaysOnRecordAfterItsPartnersWithdraw() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        ProposalId proposal = decide(city, Outcome.ADOPTED, city, VoteChoice.AGREE, residents, VoteChoice.BLOCK);
        session.withdraw(residents);

        assertThat(report().flags()).containsExactly(PowerFlag.sectorOverruled(proposal, Sector.COMMUNITY));
    }

    @Test
    void aSectorWithOneVoterInFavourIsNotOverruled() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        PartnerId tenants = session.admit("Tenants", Sector.COMMUNITY);
        session.admit("Anglers", Sector.CIVIL_SOCIETY);
        // The anglers did not vote: a sector without voters is overruled by nothing.
        decide(
                city,
                Outcome.ADOPTED,
                city,
                VoteChoice.AGREE,
                residents,
                VoteChoice.DISAGREE,
                tenants,
                VoteChoice.AGREE);
        decide(
                city,
                Outcome.REJECTED,
                city,
                VoteChoice.AGREE,
                residents,
                VoteChoice.DISAGREE,
                tenants,
                VoteChoice.DISAGREE);

        assertThat(report().flags())
                .as("the city authored the only adopted proposal, nothing overruled")
                .containsExactly(PowerFlag.agendaConcentration(city));
    }

    @Test
    void allAdoptedProposalsIncludeThoseOfPartnersWhoWithdrewSince() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        decide(city, Outcome.ADOPTED);
        decide(mill, Outcome.ADOPTED);
        session.withdraw(mill);

        PowerBalanceReport report = report();

        // city 1 of the 2 adopted; N = 2 (city, residents), adopted 1 and 0: Gini 2 × 1 / (2 × 4 × 1/2) = 1/2.
        assertThat(report.partners()).extracting(PartnerPower::partnerId).containsExactly(city, residents);
        assertThat(report.partners()).extracting(PartnerPower::agendaShare).containsExactly(0.5, 0.0);
        assertThat(report.agendaGini()).isEqualTo(0.5);
        assertThat(report.flags()).as("1/2 is not more than half, and N < 3").isEmpty();
    }

    @Test
    void amongTwoPartnersNoAgendaIsConcentratedButThePurseStillWeighs() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        decide(city, Outcome.ADOPTED);
        decide(city, Outcome.ADOPTED);
        session.pledge(city, "1000", "EUR");
        session.pledge(mill, "1000", "EUR");

        PowerBalanceReport report = report();

        // city: agendaShare 2/2 > 1/2 but N = 2; resourceShare exactly 0.5 ≥ 0.5 and agendaShare 1 ≥ 2 × 1/2.
        assertThat(report.flags()).containsExactly(PowerFlag.pursePower(city));
        // The mill has no counted votes: alignment 0; nothing decided: adoptionRate 0.
        assertFigures(
                report.partners().get(1), new PartnerPower(mill, "Mill", Sector.PRIVATE, 0, 0, 0.0, 0.0, 0, 0.0, 0.5));
    }

    @Test
    void halfOfTheAdoptedProposalsIsNoConcentration() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        session.admit("Residents", Sector.COMMUNITY);
        decide(city, Outcome.ADOPTED);
        decide(mill, Outcome.ADOPTED);

        assertThat(report().flags()).isEmpty();

        decide(city, Outcome.ADOPTED);

        assertThat(report().flags()).containsExactly(PowerFlag.agendaConcentration(city));
    }

    @Test
    void thePurseIsWeighedExactlyNotInDoubles() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        session.admit("Residents", Sector.COMMUNITY);
        session.admit("Tenants", Sector.COMMUNITY);
        decide(city, Outcome.ADOPTED);
        decide(mill, Outcome.ADOPTED);
        // 0.1 + 0.2 and 0.3 EUR: exactly half each (in doubles 0.30000000000000004 against 0.3).
        session.pledge(city, "0.1", "EUR");
        session.pledge(city, "0.2", "EUR");
        session.pledge(mill, "0.3", "EUR");

        PowerBalanceReport report = report();

        // Both hold 1/2 of the EUR and 1/2 ≥ 2 × 1/4 of the agenda.
        assertThat(report.flags()).containsExactly(PowerFlag.pursePower(city), PowerFlag.pursePower(mill));
        assertThat(report.partners()).extracting(PartnerPower::resourceShare).containsExactly(0.5, 0.5, 0.0, 0.0);
    }

    @Test
    void anUnknownPartnershipHasNoReport() {
        assertThat(queries.handle(new FindPowerBalance(PartnershipId.random()))).isEmpty();
    }

    /** Submits a proposal by {@code author}, casts the votes (partner, choice, ...) in order, and closes it. */
    private ProposalId decide(PartnerId author, Outcome outcome, Object... votes) {
        ProposalId proposal = session.propose(author);
        for (int vote = 0; vote < votes.length; vote += 2) {
            session.vote(proposal, (PartnerId) votes[vote], (VoteChoice) votes[vote + 1]);
        }
        session.close(proposal, outcome);
        return proposal;
    }

    private PowerBalanceReport report() {
        view.apply(session.partnership(), session.events());
        return queries.handle(new FindPowerBalance(session.partnership())).orElseThrow();
    }
}
