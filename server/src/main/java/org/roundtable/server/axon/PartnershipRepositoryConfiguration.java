package org.roundtable.server.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the Partnership aggregate's {@code @Aggregate} annotation names by bean name: a snapshot
 * every {@code roundtable.snapshot-threshold} events, so that loading a long-lived partnership
 * reads a snapshot and its tail instead of its whole history; and the cache that spares most commands
 * even that, as long as the store holds nothing newer of the partnership.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipRepositoryConfiguration {

    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${roundtable.snapshot-threshold}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * The last {@code roundtable.partnership-cache.capacity} partnerships commands were sent to, each
     * served only while no other instance has written to it since ({@link StoreCheckedCache}).
     */
    @Bean
    Cache partnershipCache(EventStorageEngine storageEngine,
                           @Value("${roundtable.partnership-cache.capacity}") int capacity) {
        return new StoreCheckedCache(capacity, storageEngine::lastSequenceNumberFor);
    }
}
