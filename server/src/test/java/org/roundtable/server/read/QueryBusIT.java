package org.roundtable.server.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryMessage;
import org.junit.jupiter.api.Test;
import org.roundtable.query.support.ConsistentRead;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A query runs in no transaction of the query bus's own: a read of one statement is its own, and a read of
 * several is one {@link ConsistentRead}, whose isolation a transaction begun around it would have overruled.
 */
@RoundtableIntegrationTest
class QueryBusIT {

    /** The name of the queries this test subscribes its handlers under. */
    private static final String PROBE = "query-bus-probe";

    @Autowired
    QueryBus queryBus;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aQueryBeginsNoTransaction() {
        List<Object> seen = ask(() -> TransactionSynchronizationManager.isActualTransactionActive());

        assertThat(seen).containsExactly(false);
    }

    @Test
    void aConsistentReadOfAQueryIsOneRepeatableReadOnlyTransaction() {
        ConsistentRead reads = ConsistentRead.over(jdbc);

        List<Object> seen = ask(() -> reads.of(() -> List.of(
                jdbc.getJdbcTemplate().queryForObject("SHOW transaction_isolation", String.class),
                jdbc.getJdbcTemplate().queryForObject("SHOW transaction_read_only", String.class),
                jdbc.getJdbcTemplate().queryForObject("SELECT txid_current_if_assigned() IS NULL", Boolean.class))));

        assertThat(seen).containsExactly(List.of("repeatable read", "on", true));
    }

    /** The answer of {@code handler}, run by the query bus as it runs the query handlers. */
    private List<Object> ask(java.util.function.Supplier<Object> handler) {
        var subscription = queryBus.subscribe(PROBE, Object.class, query -> handler.get());
        try {
            QueryMessage<String, Object> query =
                    new GenericQueryMessage<>("probe", PROBE, ResponseTypes.instanceOf(Object.class));
            return List.of(queryBus.query(query).join().getPayload());
        } finally {
            subscription.cancel();
        }
    }
}
