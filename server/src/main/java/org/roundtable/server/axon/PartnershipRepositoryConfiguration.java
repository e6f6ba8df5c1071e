package org.roundtable.server.axon;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the Partnership aggregate's {@code @Aggregate} annotation names by bean name: a snapshot
 * every {@code roundtable.snapshot-threshold} events, so that loading a long-lived partnership
 * reads a snapshot and its tail instead of its whole history; and the cache that spares most commands
 * even that, as long as the store holds nothing newer of the partnership. Snapshots are taken on a
 * thread of their own, in a transaction of their own, never on the path of the write that triggered one.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipRepositoryConfiguration {

    /**
     * Axon's Spring snapshotter as its auto-configuration builds it, except for the executor: Axon's default
     * takes the snapshot on the writing thread, where it would hold the request, could fail after the
     * write's commit, and would join the write's transaction when it is still open; and only once the
     * write's transaction has ended, so that the snapshot reads the write's events. A snapshot that fails
     * is only logged: the next one replaces it, and loading works without it.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(
            org.axonframework.config.Configuration configuration,
            HandlerDefinition handlerDefinition,
            ParameterResolverFactory parameterResolverFactory,
            EventStore eventStore,
            TransactionManager transactionManager,
            SnapshotterSpanFactory spanFactory,
            ExecutorService snapshotThread) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(new AfterTransactionExecutor(snapshotThread))
                .build();
    }

    /**
     * One thread for every snapshot: Axon schedules at most one at a time per partnership, so the queue is
     * no longer than the partnerships written to. Spring shuts it down with the context.
     */
    @Bean
    ExecutorService snapshotThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "partnership-snapshots");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Which partnership a command is for, each command type's annotated member found once. */
    @Bean
    CommandTargetResolver partnershipCommandTargets() {
        return new CommandTargetsScannedOnce();
    }

    @Bean
    SnapshotTriggerDefinition partnershipSnapshotTrigger(Snapshotter snapshotter, PartnershipStoreSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.snapshotThreshold());
    }

    /**
     * The last {@code roundtable.partnership-cache.capacity} partnerships commands were sent to, each
     * served only while no other instance has written to it since ({@link StoreCheckedCache}). A write that
     * decides on the cache confirms that with its events or its turn's read afterwards; any other check
     * compares with the stream's length as the write read it when it took its turn ({@link StreamTurns}, in
     * the same round trip as the turn's lock), and reads it only for a write that did not; the write's receipt
     * keeps it, and answers it for a write that records nothing.
     */
    @Bean
    Cache partnershipCache(
            EventStorageEngine storageEngine, AppendReceipts receipts, PartnershipStoreSettings settings) {
        return new StoreCheckedCache(
                settings.partnershipCache().capacity(),
                (stream, version) -> receipts.isCurrent(stream, version, storageEngine::lastSequenceNumberFor));
    }
}
