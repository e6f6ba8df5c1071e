package org.roundtable.query.support;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.roundtable.api.PartnershipId;

/**
 * Feeds a partnership's stream to one projection as its tracking processor does: each event as a
 * domain event message of the partnership's stream (Axon's sequence number, the event's time), a batch
 * of them in one unit of work, through the view's position recorder and Axon's annotated handlers.
 * Events the view has applied already are skipped, as in the server.
 */
public final class ViewFeed {

    /** Events applied in one unit of work at most: a few batches in a test's stream. */
    private static final int BATCH = 50;

    private final AnnotationEventHandlerAdapter handlers;
    private final String view;
    private final ViewPositions positions;
    private final MessageHandlerInterceptor<EventMessage<?>> recorder;

    /** {@code projection} is a view's projection, annotated with its processing group. */
    public ViewFeed(Object projection, ViewPositions positions) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        this.view = projection.getClass().getAnnotation(ProcessingGroup.class).value();
        this.positions = positions;
        this.recorder = positions.recorder(view);
    }

    /**
     * Applies the events in stream order, in batches of up to {@value #BATCH} events as a processor
     * catching up does, so a batch's held-back writes and summed counters meet the next batch's reads;
     * a handler's failure fails the test.
     */
    public void apply(PartnershipId partnershipId, List<RecordedEvent> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            applyBatch(partnershipId, events.subList(from, Math.min(events.size(), from + BATCH)));
        }
    }

    /** The view's reset, as a rebuild runs it: the processor forgets its positions with it ({@link EveryEvent}). */
    public void reset() {
        positions.forget(view);
        handlers.prepareReset();
    }

    private void applyBatch(PartnershipId partnershipId, List<RecordedEvent> batch) {
        List<EventMessage<?>> messages = batch.stream()
                .<EventMessage<?>>map(event -> new GenericDomainEventMessage<>(
                        "Partnership",
                        partnershipId.toString(),
                        event.sequence() - 1,
                        event.payload(),
                        MetaData.emptyInstance(),
                        UUID.randomUUID().toString(),
                        event.at()))
                .toList();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(recorder), applied -> handlers.handle(applied))
                        .proceed());
        if (result.isExceptional()) {
            throw new AssertionError(
                    "The view failed on a batch of "
                            + batch.stream().map(RecordedEvent::payload).toList(),
                    result.exceptionResult());
        }
    }
}
