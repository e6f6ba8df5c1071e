package org.roundtable.query.support;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Lets a view apply each event of a partnership at most once, and records how far it got. An event
 * whose stream sequence is at or below the view's position for its partnership was applied already,
 * in a committed batch or earlier in this one, and does not reach the view's handlers again: views
 * that count (participation, power balance, commitments) would count it twice. The sequences the
 * handlers applied are written, the highest per partnership, when the (batching) unit of work
 * prepares to commit: one statement per batch, in the transaction of the view's rows and the
 * processor's token. Once the batch has committed, readers waiting for the view are woken.
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
        if (!(unitOfWork.getMessage() instanceof DomainEventMessage<?> event)) {
            return interceptorChain.proceed();
        }
        // Every event stream is a partnership's, identified by its PartnershipId's UUID; Axon numbers
        // a stream from 0, the API from 1.
        UUID partnership = UUID.fromString(event.getAggregateIdentifier());
        long sequence = event.getSequenceNumber() + 1;
        Batch batch = batch(unitOfWork);
        if (sequence <= batch.applied(partnership)) {
            return null;
        }
        Object result = interceptorChain.proceed();
        batch.reached.merge(partnership, sequence, Math::max);
        return result;
    }

    private Batch batch(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(resourceKey, key -> {
            Batch batch = new Batch(positions.positions(view, partnershipsOf(unitOfWork)));
            unitOfWork.onPrepareCommit(committing -> positions.advance(view, batch.reached));
            unitOfWork.afterCommit(committed -> positions.batchCommitted(view, batch.reached));
            return batch;
        });
    }

    /** The partnerships whose events the unit of work carries: a batch's, or its one event's. */
    private static Set<UUID> partnershipsOf(UnitOfWork<?> unitOfWork) {
        List<? extends Message<?>> messages = unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages()
                : List.of(unitOfWork.getMessage());
        Set<UUID> partnerships = new HashSet<>();
        for (Message<?> message : messages) {
            if (message instanceof DomainEventMessage<?> event) {
                partnerships.add(UUID.fromString(event.getAggregateIdentifier()));
            }
        }
        return partnerships;
    }

    /**
     * What one unit of work knows of the view's positions: those committed before it, read for every
     * partnership of the batch at once, at its first event (a batch of a steady stream of writes holds
     * events of several partnerships); and those its handlers reached, sorted, so that concurrent
     * batches lock the position rows in the same order.
     */
    private final class Batch {

        private final Map<UUID, Long> committed;
        private final Map<UUID, Long> reached = new TreeMap<>();

        Batch(Map<UUID, Long> committed) {
            this.committed = committed;
        }

        long applied(UUID partnership) {
            long before = committed.computeIfAbsent(partnership, id -> positions.position(view, id));
            return Math.max(before, reached.getOrDefault(partnership, 0L));
        }
    }
}
