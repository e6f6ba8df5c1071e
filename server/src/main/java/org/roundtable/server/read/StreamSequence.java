package org.roundtable.server.read;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.api.PartnershipId;
import org.roundtable.server.axon.ChainHeads;
import org.springframework.stereotype.Component;

/** How many events a partnership's stream holds as stored now: the sequence its latest write answered. */
@Component
public class StreamSequence {

    private final EventStore eventStore;
    private final ChainHeads heads;

    StreamSequence(EventStore eventStore, ChainHeads heads) {
        this.eventStore = eventStore;
        this.heads = heads;
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

    /**
     * Whether the partnership's stream holds {@code sequence} events or more. A read of a write this instance
     * answered (read-your-writes) is told without asking the store: this instance committed that far.
     */
    public boolean holds(PartnershipId partnershipId, long sequence) {
        long committedHere = heads.newestCommitted(partnershipId.toString()).orElse(-1) + 1;
        return committedHere >= sequence || of(partnershipId) >= sequence;
    }
}
