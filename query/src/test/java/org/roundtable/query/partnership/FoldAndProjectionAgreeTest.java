package org.roundtable.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.Elector;
import org.roundtable.api.LapseReason;
import org.roundtable.api.LessonId;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.Tally;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.ContractCameIntoForce;
import org.roundtable.api.events.ContractLapsed;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.query.support.RecordedEvent;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.TestStream;

/**
 * Guards the fold against drifting from the projection: after every event of a history with every
 * kind of event, the partnership folded from the events so far is the one the tables show.
 */
class FoldAndProjectionAgreeTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final PartnershipId partnership = PartnershipId.random();
    private final PartnerId city = PartnerId.random();
    private final PartnerId bakery = PartnerId.random();
    private final PartnerId tenants = PartnerId.random();
    private final ProposalId proposal = ProposalId.random();

    @Test
    void afterEveryEventTheFoldShowsWhatTheTablesShow() throws Exception {
        AnnotationEventHandlerAdapter projection =
                new AnnotationEventHandlerAdapter(new PartnershipProjection(database.jdbc()));
        PartnershipQueryHandler tables = new PartnershipQueryHandler(database.jdbc());
        List<RecordedEvent> history = history();

        for (int count = 1; count <= history.size(); count++) {
            RecordedEvent event = history.get(count - 1);
            projection.handle(
                    new GenericEventMessage<>(UUID.randomUUID().toString(), event.payload(), Map.of(), event.at()));

            assertThat(PartnershipFold.of(history.subList(0, count)))
                    .as("after %s", event.payload())
                    .isEqualTo(tables.handle(new FindPartnership(partnership)));
        }
    }

    private List<RecordedEvent> history() {
        List<Elector> electorate = List.of(new Elector(city, Sector.PUBLIC), new Elector(bakery, Sector.PRIVATE));
        return new TestStream()
                .record(new PartnershipFormed(
                        partnership,
                        "Clean river",
                        "Make the river swimmable",
                        new DecisionRule(DecisionMethod.MAJORITY, new BigDecimal("0.66"), false),
                        Phase.MOBILIZE))
                .record(new PartnerAdmitted(partnership, city, "City", Sector.PUBLIC))
                .record(new PartnerAdmitted(partnership, bakery, "Bakery", Sector.PRIVATE))
                .record(new ProposalSubmitted(
                        partnership,
                        proposal,
                        city,
                        Sector.PUBLIC,
                        ProposalKind.PHASE_CHANGE,
                        "Co-develop",
                        "Design the pilots",
                        Phase.CO_DEVELOP,
                        electorate,
                        null,
                        List.of()))
                .record(new VoteCast(partnership, proposal, city, Sector.PUBLIC, VoteChoice.AGREE, null))
                .record(new VoteCast(partnership, proposal, bakery, Sector.PRIVATE, VoteChoice.AGREE, "Ready"))
                .record(
                        new ProposalClosed(
                                partnership,
                                proposal,
                                city,
                                ProposalKind.PHASE_CHANGE,
                                Outcome.ADOPTED,
                                new Tally(2, 0, 0, 0, 2, 2),
                                null),
                        new PhaseChanged(partnership, proposal, Phase.MOBILIZE, Phase.CO_DEVELOP, 1))
                .record(new ContractTermsDrafted(partnership, 1, "We share the data."))
                .record(new ContractSigned(partnership, 1, city, Sector.PUBLIC, "M. Mayor"))
                .record(
                        new ContractSigned(partnership, 1, bakery, Sector.PRIVATE, "B. Baker"),
                        new ContractCameIntoForce(partnership, 1))
                .record(
                        new PartnerAdmitted(partnership, tenants, "Tenants' union", Sector.COMMUNITY),
                        new ContractLapsed(partnership, 1, LapseReason.PARTNER_ADMITTED))
                .record(
                        new ContractSigned(partnership, 1, tenants, Sector.COMMUNITY, "T. Chair"),
                        new ContractCameIntoForce(partnership, 1))
                .record(
                        new ContractLapsed(partnership, 1, LapseReason.NEW_DRAFT),
                        new ContractTermsDrafted(partnership, 2, "We share the data and the costs."))
                .record(new ContractSigned(partnership, 2, bakery, Sector.PRIVATE, "B. Baker"))
                .record(new ContractSigned(partnership, 2, tenants, Sector.COMMUNITY, "T. Chair"))
                .record(
                        new PartnerWithdrawn(partnership, city, Sector.PUBLIC, "budget cuts"),
                        new ContractCameIntoForce(partnership, 2))
                .record(new LessonLogged(
                        partnership,
                        LessonId.random(),
                        bakery,
                        Sector.PRIVATE,
                        Phase.CO_DEVELOP,
                        "Meet in the evening",
                        "Residents work during the day"))
                // Moves stored before loops were recorded read as loop 0: both derive loop 2 alike.
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.CO_DEVELOP, Phase.SCALE, 0))
                .record(new PhaseChanged(partnership, ProposalId.random(), Phase.SCALE, Phase.CO_DEVELOP, 0))
                .events();
    }
}
