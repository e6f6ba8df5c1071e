package org.roundtable.server.projections;

import java.util.OptionalLong;
import java.util.SortedSet;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which gaps of a processor's token hold a stored event: an event another instance committed after a
 * later one, which the processor has still to apply. A gap that holds none is an append that was rolled
 * back, or one not committed yet, and neither is an event the views lack.
 */
@Component
class StoredGaps {

    private final JdbcTemplate jdbc;
    private final String lowestQuery;

    StoredGaps(DataSource dataSource, EventSchema schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.lowestQuery = "SELECT min(%1$s) FROM %2$s WHERE %1$s = ANY(?)"
                .formatted(schema.globalIndexColumn(), schema.domainEventTable());
    }

    /** The lowest of {@code gaps} (global indexes) that holds a stored event, if any does. */
    OptionalLong lowestStored(SortedSet<Long> gaps) {
        if (gaps.isEmpty()) {
            return OptionalLong.empty();
        }
        Long lowest = jdbc.query(
                lowestQuery,
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", gaps.toArray())),
                rows -> rows.next() ? (Long) rows.getObject(1, Long.class) : null);
        return lowest == null ? OptionalLong.empty() : OptionalLong.of(lowest);
    }
}
