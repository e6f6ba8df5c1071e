package org.roundtable.server.read;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.api.PartnershipId;
import org.springframework.stereotype.Component;

/** How many events a partnership's stream holds as stored now: the sequence its latest write answered. */
@Component
public class StreamSequence {

    private final EventStore eventStore;

    StreamSequence(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** 0 for a partnership that does not exist. */
    public long of(PartnershipId partnershipId) {
        // The JDBC engine answers max(sequence_number) from the unique (aggregate, sequence) index.
        // Axon numbers a stream from 0, the API from 1.
        return eventStore
                .lastSequenceNumberFor(partnershipId.toString())
                .map(last -> last + 1)
                .orElse(0L);
    }
}
