package org.roundtable.server.axon;

import java.time.Duration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.roundtable.query.support.ViewPositions;
import org.roundtable.server.projections.ProjectionSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC event storage engine, built as Axon's JdbcAutoConfiguration builds it, except that events
 * are appended through {@link ChainingAppend}, which stores each with its link in the audit hash chain
 * (at once, or with the commit of a write that holds them: {@link HeldAppend}),
 * and read with their timestamps parsed once ({@link TimestampParsedOnceEngine}), in no transaction of
 * their own ({@link ReadsBeginNoTransaction});
 * and the event store in front of it, built as Axon's AxonAutoConfiguration builds it, except that it
 * wakes the processors on the database commit ({@link SpringCommitEventStore}).
 */
@Configuration(proxyBeanMethods = false)
class EventStorageEngineConfiguration {

    /** Streams whose newest hash is kept in memory: a few hundred bytes each. */
    static final int CACHED_CHAIN_HEADS = 10_000;

    /**
     * Events read per query, by a processor catching up or an aggregate loaded without a snapshot: Axon's
     * 100 made a rebuild of 1.35 million events 27,000 queries a segment.
     */
    static final int EVENTS_READ_AT_ONCE = 1_000;

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            ChainHeads chainHeads,
            AppendReceipts receipts,
            TailReads tailReads) {
        return new TimestampParsedOnceEngine(
                JdbcEventStorageEngine.builder()
                        .snapshotSerializer(defaultSerializer)
                        .upcasterChain(configuration.upcasterChain())
                        .persistenceExceptionResolver(persistenceExceptionResolver)
                        .eventSerializer(eventSerializer)
                        .snapshotFilter(configuration.snapshotFilter())
                        .connectionProvider(connectionProvider)
                        .transactionManager(new ReadsBeginNoTransaction(transactionManager))
                        .schema(eventSchema)
                        .batchSize(EVENTS_READ_AT_ONCE)
                        .appendEvents(new ChainingAppend(chainHeads, receipts, persistenceExceptionResolver)),
                tailReads);
    }

    /** Shared by the append, which chains onto them, and by reads that ask how far a stream got. */
    @Bean
    ChainHeads chainHeads() {
        return new ChainHeads(CACHED_CHAIN_HEADS);
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeys();
    }

    @Bean
    TailReads tailReads(ViewPositions positions, ProjectionSettings settings) {
        Duration linger = settings.readLinger();
        return new TailReads(() -> positions.lingerUnlessAwaited(linger));
    }

    @Bean
    AppendReceipts appendReceipts() {
        return new AppendReceipts();
    }

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine,
            org.axonframework.config.Configuration configuration,
            AppendReceipts receipts,
            TailReads tailReads) {
        return new SpringCommitEventStore(
                EmbeddedEventStore.builder()
                        .storageEngine(storageEngine)
                        .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                        .spanFactory(configuration.getComponent(EventBusSpanFactory.class)),
                receipts,
                tailReads);
    }
}
