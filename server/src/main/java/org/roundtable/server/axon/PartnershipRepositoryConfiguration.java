package org.roundtable.server.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the Partnership aggregate's {@code @Aggregate} annotation names by bean name: a snapshot
 * every {@code roundtable.snapshot-threshold} events, so that loading a long-lived partnership
 * reads a snapshot and its tail instead of its whole history, and the cache it does without.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipRepositoryConfiguration {

    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter,
                                                         @Value("${roundtable.snapshot-threshold}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * No cache of loaded partnerships: Axon's caching repository trusts a cached aggregate without
     * looking at the store, so with several server instances one would decide on a partnership as
     * it was before another instance's write (an identical re-vote answered "nothing changed", a
     * partner admitted elsewhere "not found"). Snapshots keep loading flat instead; the bean stays
     * so that a single-instance deployment could plug a real cache back in.
     */
    @Bean
    Cache partnershipCache() {
        return NoCache.INSTANCE;
    }
}
