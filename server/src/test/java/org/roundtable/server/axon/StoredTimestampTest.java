package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampTest {

    @Test
    void readsEveryStoredTimestampAsAxonsParserDoes() {
        SplittableRandom random = new SplittableRandom(18);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2199-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000) * 1_000_000L);
            String stored = DateTimeUtils.formatInstant(instant);

            assertThat(StoredTimestamp.parse(stored)).as(stored).isEqualTo(instant);
        }
    }

    @Test
    void leavesOtherShapesToAxonsParser() {
        for (String text :
                new String[] {"2026-12-05T19:12:53.450+01:00", "2026-12-05T19:12:53Z", "2026-12-05T19:12:53.450123Z"}) {
            assertThat(StoredTimestamp.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @Test
    void refusesWhatIsNoTime() {
        assertThatThrownBy(() -> StoredTimestamp.parse("2026-12-05T24:12:53.450Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamp.parse("2026-02-30T10:12:53.450Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimestamp.parse("2026-12-05X19:12:53.450Z"))
                .isInstanceOf(DateTimeException.class);
    }
}
