package org.roundtable.query.support;

import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** A view's handlers called in one batch, as the views' processor calls them: writes held until it commits. */
public final class Batches {

    private Batches() {}

    /** A unit of work of one batch, not yet started. */
    public static BatchingUnitOfWork<EventMessage<?>> batch() {
        return new BatchingUnitOfWork<>(List.of(GenericEventMessage.asEventMessage("an event")));
    }

    /** Runs {@code work} in one batch that commits; its failure fails the test. */
    public static void inOneBatch(Callable<?> work) {
        var result = batch().executeWithResult(work);
        if (result.isExceptional()) {
            throw new AssertionError("the batch did not commit", result.exceptionResult());
        }
    }
}
