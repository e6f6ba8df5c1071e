package org.roundtable.server.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The position {@code /actuator/projections} shows for a segment: the global index up to which it has
 * applied every stored event, which a late-committed event below the token's highest index holds back.
 */
@RoundtableIntegrationTest
class ProcessorPositionIT {

    @Autowired
    Roundtable table;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoredGaps storedGaps;

    private long stored;
    private long head;
    private long unused;

    @BeforeEach
    void storeAPartnership() {
        table.admit(table.formPartnership("CONSENSUS"), "City of Riverside", "PUBLIC");
        List<Long> indexes = jdbc.queryForList(
                "SELECT global_index FROM domain_event_entry ORDER BY global_index DESC LIMIT 2", Long.class);
        head = indexes.get(0);
        stored = indexes.get(1);
        unused = head + 5;
    }

    @Test
    void aStoredEventInAGapHoldsThePositionBelowIt() {
        TrackingToken token = GapAwareTrackingToken.newInstance(head, Set.of(stored));

        assertThat(ProcessorProgress.appliedUpTo(token, storedGaps)).isEqualTo(stored - 1);
    }

    @Test
    void aGapThatHoldsNoStoredEventDoesNotHoldThePosition() {
        // An append rolled back, or not committed yet: nothing stored for the views to lack.
        TrackingToken token = GapAwareTrackingToken.newInstance(unused + 1, Set.of(unused));

        assertThat(ProcessorProgress.appliedUpTo(token, storedGaps)).isEqualTo(unused + 1);
    }

    @Test
    void aReplayingSegmentIsHeldByTheGapsOfWhereItHasGot() {
        TrackingToken replaying = ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(unused + 1, Set.of()),
                GapAwareTrackingToken.newInstance(head, Set.of(stored)));

        assertThat(ProcessorProgress.appliedUpTo(replaying, storedGaps)).isEqualTo(stored - 1);
    }

    @Test
    void aSegmentWithoutATokenHasAppliedNothing() {
        assertThat(ProcessorProgress.appliedUpTo(null, storedGaps)).isZero();
    }
}
