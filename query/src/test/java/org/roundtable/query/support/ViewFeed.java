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
 * domain event message of the partnership's stream (Axon's sequence number, the event's time), in a
 * unit of work of its own, through the view's position recorder and Axon's annotated handlers.
 * Events the view has applied already are skipped, as in the server.
 */
public final class ViewFeed {

    private final AnnotationEventHandlerAdapter handlers;
    private final MessageHandlerInterceptor<EventMessage<?>> recorder;

    /** {@code projection} is a view's projection, annotated with its processing group. */
    public ViewFeed(Object projection, ViewPositions positions) {
        this.handlers = new AnnotationEventHandlerAdapter(projection);
        this.recorder = positions.recorder(
                projection.getClass().getAnnotation(ProcessingGroup.class).value());
    }

    /** Applies the events in stream order; a handler's failure fails the test. */
    public void apply(PartnershipId partnershipId, List<RecordedEvent> events) {
        events.forEach(event -> apply(partnershipId, event));
    }

    /** The view's reset, as a rebuild runs it. */
    public void reset() {
        handlers.prepareReset();
    }

    private void apply(PartnershipId partnershipId, RecordedEvent event) {
        EventMessage<?> message = new GenericDomainEventMessage<>(
                "Partnership",
                partnershipId.toString(),
                event.sequence() - 1,
                event.payload(),
                MetaData.emptyInstance(),
                UUID.randomUUID().toString(),
                event.at());
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.of(message));
        ResultMessage<?> result = unitOfWork.executeWithResult(
                () -> new DefaultInterceptorChain<>(unitOfWork, List.of(recorder), applied -> handlers.handle(applied))
                        .proceed());
        if (result.isExceptional()) {
            throw new AssertionError("The view failed on " + event.payload(), result.exceptionResult());
        }
    }
}
