package org.roundtable.query.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Notes, for each event a view's handlers applied, the stream sequence it brings the partnership to,
 * and writes the highest per partnership when the (batching) unit of work prepares to commit: one
 * statement per batch, in the transaction of the view's rows and the processor's token.
 */
final class PositionRecorder implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String view;
    private final ViewPositions positions;
    private final String resourceKey;

    PositionRecorder(String view, ViewPositions positions) {
        this.view = view;
        this.positions = positions;
        this.resourceKey = PositionRecorder.class.getName() + ":" + view;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        // Every event stream is a partnership's, identified by its PartnershipId's UUID; Axon numbers
        // a stream from 0, the API from 1.
        if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
            reached(unitOfWork).merge(UUID.fromString(event.getAggregateIdentifier()), event.getSequenceNumber() + 1,
                    Math::max);
        }
        return result;
    }

    private Map<UUID, Long> reached(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            Map<UUID, Long> reached = new TreeMap<>();
            unitOfWork.onPrepareCommit(committing -> positions.advance(view, reached));
            return reached;
        });
    }
}
