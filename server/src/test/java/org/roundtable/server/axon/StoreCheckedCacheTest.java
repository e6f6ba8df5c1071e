package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class StoreCheckedCacheTest {

    /** The last sequence number the "store" holds of each aggregate. */
    private final Map<String, Long> store = new HashMap<>();

    private final StoreCheckedCache cache = new StoreCheckedCache(2, (id, version) -> version.equals(store.get(id)));

    @Test
    void servesAnEntryWhileTheStoreHoldsNothingNewerOfIt() {
        AggregateCacheEntry<Sample> entry = entryAt("a", 7);
        cache.put("a", entry);
        store.put("a", 7L);

        assertThat((Object) cache.get("a")).isSameAs(entry);
        assertThat((Object) cache.get("a"))
                .as("still there for the next command")
                .isSameAs(entry);
    }

    @Test
    void dropsAnEntryThatAnotherWriterHasMovedPast() {
        cache.put("a", entryAt("a", 7));
        store.put("a", 8L);

        assertThat((Object) cache.get("a")).isNull();
        assertThat(cache.containsKey("a")).as("dropped, not kept for later").isFalse();
    }

    @Test
    void dropsAnEntryAheadOfTheStore() {
        // A write whose transaction rolled back after the repository cached its result.
        cache.put("a", entryAt("a", 7));
        store.put("a", 6L);

        assertThat((Object) cache.get("a")).isNull();
    }

    @Test
    void dropsAnEntryPutInATransactionThatDidNotCommit() {
        AggregateCacheEntry<Sample> committed = entryAt("a", 7);
        cache.put("a", committed);
        store.put("a", 8L);
        TransactionSynchronizationManager.initSynchronization();
        try {
            // Another writer stored event 8 first; this write's own event 8 was refused at its commit.
            cache.put("a", entryAt("a", 8));
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(cache.containsKey("a"))
                .as("the entry of the write that did not commit")
                .isFalse();
    }

    @Test
    void keepsAnEntryPutInATransactionThatCommitted() {
        AggregateCacheEntry<Sample> entry = entryAt("a", 8);
        store.put("a", 8L);
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.put("a", entry);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat((Object) cache.get("a")).isSameAs(entry);
    }

    @Test
    void keepsNoMoreEntriesThanItsCapacity() {
        for (String id : List.of("a", "b", "c", "d")) {
            cache.put(id, entryAt(id, 1));
        }

        assertThat(Stream.of("a", "b", "c", "d").filter(cache::containsKey).count())
                .isLessThanOrEqualTo(2);
    }

    private static AggregateCacheEntry<Sample> entryAt(String id, long sequence) {
        EventSourcedAggregate<Sample> aggregate = EventSourcedAggregate.reconstruct(
                new Sample(id),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Sample.class),
                sequence,
                false,
                EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine())
                        .build(),
                NoSnapshotTriggerDefinition.TRIGGER);
        return new AggregateCacheEntry<>(aggregate);
    }

    /** The smallest aggregate Axon will inspect. */
    static final class Sample {

        @AggregateIdentifier
        private final String id;

        Sample(String id) {
            this.id = id;
        }
    }
}
