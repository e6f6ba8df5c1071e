package org.roundtable.query.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.EventMetadata;

/** Reading a partnership's stream from Axon's event store, here one kept in memory. */
class PartnershipHistoryTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final PartnershipHistory history = new PartnershipHistory(eventStore);
    private final PartnershipId partnership = PartnershipId.random();

    @AfterEach
    void stop() {
        eventStore.shutDown();
    }

    @Test
    void eventsAreNumberedFromOneWithTheirTimeActorAndCommand() {
        store(event(0, "formed", "ann", "command-1", T0));

        assertThat(history.events(partnership)).containsExactly(new RecordedEvent(1, T0, "ann", "command-1", "formed"));
    }

    @Test
    void everyEventIsReadEvenWhenASnapshotSumsThemUp() {
        store(event(0, "formed", "ann", "command-1", T0), event(1, "admitted", "ann", "command-2", T0));
        eventStore.storeSnapshot(new GenericDomainEventMessage<>(
                "Partnership", partnership.toString(), 1, "the aggregate's state after two events"));

        assertThat(history.events(partnership))
                .extracting(RecordedEvent::payload)
                .containsExactly("formed", "admitted");
    }

    @Test
    void anUnknownPartnershipHasNoEvents() {
        assertThat(history.events(PartnershipId.random())).isEmpty();
        assertThat(history.storedBy(PartnershipId.random(), T0)).isEmpty();
    }

    @Test
    void theStreamAsOfAnInstantEndsWithTheLastEventRecordedAtOrBeforeIt() {
        store(
                event(0, "formed", "ann", "command-1", T0),
                event(1, "admitted", "ann", "command-2", T0.plusSeconds(10)),
                event(2, "withdrawn", "ann", "command-3", T0.plusSeconds(20)));

        assertThat(payloadsStoredBy(T0.minusMillis(1))).isEmpty();
        assertThat(payloadsStoredBy(T0)).containsExactly("formed");
        assertThat(payloadsStoredBy(T0.plusSeconds(10))).containsExactly("formed", "admitted");
        assertThat(payloadsStoredBy(T0.plusSeconds(19))).containsExactly("formed", "admitted");
        assertThat(payloadsStoredBy(T0.plusSeconds(30))).containsExactly("formed", "admitted", "withdrawn");
    }

    @Test
    void aCommandWhoseEventsSpanTheInstantCountsAsLaterInWhole() {
        store(
                event(0, "formed", "ann", "command-1", T0),
                event(1, "signed", "ann", "command-2", T0.plusMillis(999)),
                event(2, "in force", "ann", "command-2", T0.plusMillis(1001)));

        assertThat(payloadsStoredBy(T0.plusSeconds(1))).containsExactly("formed");
    }

    private List<Object> payloadsStoredBy(Instant asOf) {
        return history.storedBy(partnership, asOf).stream()
                .map(RecordedEvent::payload)
                .toList();
    }

    private void store(DomainEventMessage<?>... events) {
        eventStore.publish(events);
    }

    private DomainEventMessage<String> event(long sequence, String payload, String actor, String command, Instant at) {
        return new GenericDomainEventMessage<>(
                "Partnership",
                partnership.toString(),
                sequence,
                payload,
                Map.of(EventMetadata.ACTOR, actor, MessageOriginProvider.getDefaultCorrelationKey(), command),
                UUID.randomUUID().toString(),
                at);
    }
}
