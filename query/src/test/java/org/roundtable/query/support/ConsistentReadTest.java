package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class ConsistentReadTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void aReadSeesOneMomentEvenWhenAProjectionCommitsBetweenItsStatements() {
        NamedParameterJdbcTemplate reader = database.jdbc();
        NamedParameterJdbcTemplate projection = database.otherConnection();
        String count = "SELECT count(*) FROM lesson_partnership";

        int[] seen = ConsistentRead.over(reader).of(() -> {
            int first = reader.queryForObject(count, Map.of(), Integer.class);
            projection.update(
                    "INSERT INTO lesson_partnership (partnership_id) VALUES (:id)", Map.of("id", UUID.randomUUID()));
            int second = reader.queryForObject(count, Map.of(), Integer.class);
            return new int[] {first, second};
        });

        assertThat(seen[1]).isEqualTo(seen[0]);
        assertThat(reader.queryForObject(count, Map.of(), Integer.class)).isEqualTo(seen[0] + 1);
    }
}
