package org.roundtable.query.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.api.PartnershipId;
import org.springframework.stereotype.Component;

/**
 * Reads a partnership's events from the event store itself, deserialized and upcast as the aggregate
 * sees them, for the reads that must not depend on a view: they are always current and need no
 * minSequence.
 */
@Component
public class PartnershipHistory {

    private final EventStore eventStore;

    public PartnershipHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The partnership's events in stream order, fetched as they are consumed; none for an unknown partnership. */
    public Stream<RecordedEvent> events(PartnershipId partnershipId) {
        // readEvents(id) alone would answer the latest snapshot in place of the events it sums up.
        return eventStore.readEvents(partnershipId.toString(), 0).asStream().map(RecordedEvent::of);
    }

    /**
     * The events the stream held at {@code asOf}: those recorded at or before it, read no further than
     * the first one after it. A command's events are committed together, so a command that recorded
     * events on both sides of the instant counts as later in whole: no state is shown that the
     * partnership was never in.
     */
    public List<RecordedEvent> storedBy(PartnershipId partnershipId, Instant asOf) {
        List<RecordedEvent> stored = new ArrayList<>();
        Iterator<RecordedEvent> stream = events(partnershipId).iterator();
        while (stream.hasNext()) {
            RecordedEvent event = stream.next();
            if (event.at().isAfter(asOf)) {
                stored.removeIf(earlier -> earlier.sameCommandAs(event));
                break;
            }
            stored.add(event);
        }
        return stored;
    }
}
