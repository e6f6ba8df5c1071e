package org.roundtable.server.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the Partnership aggregate's {@code @Aggregate} annotation names by bean name: a snapshot
 * every {@code roundtable.snapshot-threshold} events, so that loading a long-lived partnership
 * reads a snapshot and its tail instead of its whole history, and a cache of loaded aggregates.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipRepositoryConfiguration {

    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${roundtable.snapshot-threshold}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Weak references: the garbage collector, not a size setting, bounds the memory it takes. */
    @Bean
    Cache partnershipCache() {
        return new WeakReferenceCache();
    }
}
