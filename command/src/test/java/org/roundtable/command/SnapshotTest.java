package org.roundtable.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roundtable.command.Given.CITY;
import static org.roundtable.command.Given.COMPANY;
import static org.roundtable.command.Given.NGO;
import static org.roundtable.command.Given.PARTNERSHIP;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.Evidence;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.Phase;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.RecordContribution;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.events.ContractSigned;
import org.roundtable.api.events.ContractTermsDrafted;
import org.roundtable.api.events.ContributionRecorded;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PhaseChanged;

/** Snapshots are Jackson documents of the aggregate: restoring one must give back the same state. */
class SnapshotTest {

    private static final IndicatorId INDICATOR = IndicatorId.random();

    private final ObjectMapper mapper =
            new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void aSnapshotRestoresTheWholeState() throws Exception {
        AtomicReference<Partnership> state = new AtomicReference<>();
        Given.fixture()
                .given(Given.concat(
                        Given.threePartners(),
                        List.of(
                                new PhaseChanged(PARTNERSHIP, ProposalId.random(), Phase.MOBILIZE, Phase.CO_DEVELOP, 1),
                                Given.indicatorAdopted(INDICATOR),
                                Given.measured(INDICATOR, "35", Given.HELD_AT),
                                Given.submitted(
                                        ProposalKind.OBJECTIVE,
                                        null,
                                        Given.electorateOfThree(),
                                        null,
                                        List.of(new Evidence(INDICATOR, Given.decimal("35"), 0.5))),
                                Given.voted(CITY, VoteChoice.AGREE),
                                new ContractTermsDrafted(PARTNERSHIP, 1, "Terms"),
                                new ContractSigned(PARTNERSHIP, 1, COMPANY, Sector.PRIVATE, "CEO"),
                                Given.meetingRecorded(),
                                Given.attended(CITY, NGO),
                                Given.pledged("1000", "EUR"),
                                Given.delivered("250.5"),
                                new PartnerWithdrawn(PARTNERSHIP, NGO, Sector.NON_PROFIT, "Left"))))
                .when(new CastVote(PARTNERSHIP, Given.PROPOSAL, COMPANY, VoteChoice.DISAGREE, "Too costly"))
                .expectState(state::set);

        String snapshot = mapper.writeValueAsString(state.get());
        Partnership restored = mapper.readValue(snapshot, Partnership.class);

        assertThat(restored)
                .usingRecursiveComparison()
                .ignoringCollectionOrder()
                .isEqualTo(state.get());
        assertThat(mapper.writeValueAsString(restored)).isEqualTo(snapshot);
        assertThat(snapshot)
                .contains(
                        "\"segment\":{\"loop\":1,\"phase\":\"CO_DEVELOP\"}",
                        "Swimming days",
                        "Too costly",
                        Given.MEETING.toString(),
                        Given.PLEDGE.toString(),
                        "250.5",
                        "\"coordinators\":[\"tester\"]");
        // The restored partnership still knows who attended the meeting and what remains of the pledge.
        Given.fixture()
                .givenState(() -> restored)
                .when(new RecordContribution(PARTNERSHIP, Given.MEETING, CITY, 60, null))
                .expectEvents(new ContributionRecorded(PARTNERSHIP, Given.MEETING, CITY, Sector.PUBLIC, 60, null));
        Given.fixture()
                .givenState(() -> restored)
                .when(new RecordDelivery(PARTNERSHIP, Given.PLEDGE, new BigDecimal("749.51"), null))
                .expectException(RuleViolationMatcher.violation(ErrorCode.DELIVERY_EXCEEDS_PLEDGE, "amount"));
        // And it still knows the indicators adopted, which take measurements.
        Given.fixture()
                .givenState(() -> restored)
                .andGivenCurrentTime(Given.NOW)
                .when(new RecordMeasurement(
                        PARTNERSHIP, INDICATOR, MeasurementId.random(), CITY, BigDecimal.TEN, Given.HELD_AT, null))
                .expectSuccessfulHandlerExecution();
    }
}
