package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** A counting view's additions name its counters only. */
class SegmentCountersTest {

    /** Its statement adds to the counters it knows, so an addition to another would vanish. */
    @Test
    void anAdditionToACounterTheViewDoesNotHaveIsRefused() {
        SegmentCounters counters = new SegmentCounters(new ViewJdbc(null), "participation", List.of("lessons"));

        assertThatThrownBy(() ->
                        counters.add(Map.of("lessons", 1, "lesson", 1), PartnershipId.random(), 1, PartnerId.random()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lesson");
    }
}
