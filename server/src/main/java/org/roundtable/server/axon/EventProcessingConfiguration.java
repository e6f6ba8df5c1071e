package org.roundtable.server.axon;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.roundtable.server.projections.ProjectionSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group (the projections of the query module and any later one) runs in one tracking
 * processor, {@value ViewNames#VIEWS}, that keeps its token in PostgreSQL: each event is deserialised and
 * handed to every view once (each segment reads every row, skipping the others' undeserialised), where one processor per view read and deserialised the
 * whole store once per view (three quarters of a rebuild's work), and wrote its own token and positions
 * once per event. Tracking, not pooled streaming: the embedded event
 * store wakes a tracking processor the moment events are committed, while a pooled streaming
 * processor, lacking an availability callback from that store, polls every 500 ms (measured: a
 * median 490 ms from write to view). A handler that throws rolls its batch back and the segment is
 * retried with a growing back-off, instead of Axon's default of logging the
 * error and moving on, which would silently lose that event from the view. The processor records,
 * in the transaction of its batch, how far it has applied each partnership's stream, under its
 * name, so that a read can wait for a view to show a write. With {@code roundtable.projections.segments}
 * above 1, the events are split by partnership over that many segments, and every instance runs as many threads, so
 * that one instance alone still covers them all and several instances share them through token claims.
 * A processor applies up to {@code roundtable.projections.batch-size} events in one transaction: it never
 * waits for a batch to fill (a lone new event is a batch of one), but a view that has fallen behind — a
 * rebuild, a burst of writes — catches up with one durable commit per batch instead of one per event.
 */
@Configuration(proxyBeanMethods = false)
class EventProcessingConfiguration {

    /** Replaces the module Axon's auto-configuration would create (static: {@link #configure} needs it). */
    @Bean
    static EventProcessingModule eventProcessingModule() {
        return new ViewsProcessingModule();
    }

    @Autowired
    void configure(EventProcessingConfigurer processing, ViewPositions positions, ProjectionSettings settings) {
        int segments = settings.segments();
        int batchSize = settings.batchSize();
        processing
                .assignProcessingGroup(group -> ViewNames.VIEWS)
                .usingTrackingEventProcessors()
                .configureDefaultStreamableMessageSource(configuration ->
                        new LingeringEventSource(configuration.eventStore(), settings.linger(), positions))
                .registerTrackingEventProcessorConfiguration(
                        configuration -> TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                                .andInitialSegmentsCount(segments)
                                .andBatchSize(batchSize))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((configuration, processor) -> positions.recorder(processor));
    }
}
