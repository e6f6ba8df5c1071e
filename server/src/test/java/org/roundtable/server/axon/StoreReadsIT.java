package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** How the store is read past a processor's token: from the first event stored past it, and in its gaps. */
@RoundtableIntegrationTest
class StoreReadsIT {

    /** More global indexes than one read covers ({@code EventStorageEngineConfiguration.EVENTS_READ_AT_ONCE}). */
    private static final int MORE_THAN_A_READ = 2 * EventStorageEngineConfiguration.EVENTS_READ_AT_ONCE + 1;

    @Autowired
    EventStorageEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Roundtable table;

    @Test
    void aReadPastATokenSkipsMoreRolledBackAppendsThanOneReadCovers() {
        String partnership = table.formPartnership("CONSENT");
        long head = head();
        // What that many appends rolled back in a row leave behind: global indexes never stored.
        jdbc.queryForObject(
                "SELECT setval(pg_get_serial_sequence('domain_event_entry', 'global_index'), ?)",
                Long.class,
                head + MORE_THAN_A_READ);
        table.admit(partnership, "City of Riverside", "PUBLIC");

        List<String> read = eventsReadPast(GapAwareTrackingToken.newInstance(head, Set.of()));

        assertThat(read).isNotEmpty().containsExactlyElementsOf(stored("global_index > ?", head));
    }

    @Test
    void aReadPastATokenReadsTheEventsStoredSinceInItsGaps() {
        table.formPartnership("CONSENT");
        long head = head();
        long committedLate = head - 1;

        // A gap that never filled (an append rolled back) beside one that did.
        List<String> read =
                eventsReadPast(GapAwareTrackingToken.newInstance(head + 10, Set.of(committedLate, head + 3)));

        assertThat(read).isNotEmpty().containsExactlyElementsOf(stored("global_index = ?", committedLate));
    }

    @Test
    void aReadPastTheHeadFindsNothing() {
        table.formPartnership("CONSENT");

        assertThat(eventsReadPast(GapAwareTrackingToken.newInstance(head(), Set.of())))
                .isEmpty();
    }

    /** The identifiers of the events that a read past {@code token} finds, in the order read. */
    private List<String> eventsReadPast(GapAwareTrackingToken token) {
        try (var events = engine.readEvents(token, false)) {
            return events.map(TrackedEventMessage::getIdentifier).collect(Collectors.toList());
        }
    }

    private List<String> stored(String where, long index) {
        return jdbc.queryForList(
                "SELECT event_identifier FROM domain_event_entry WHERE " + where + " ORDER BY global_index",
                String.class,
                index);
    }

    private long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }
}
