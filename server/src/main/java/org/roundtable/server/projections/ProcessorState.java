package org.roundtable.server.projections;

import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** What an event processor is doing, as this server instance sees it. */
enum ProcessorState {

    /** Following the event store: its view shows every event up to its position. */
    RUNNING,
    /** Applying again the events it had applied before its reset: its view is incomplete. */
    REPLAYING,
    /** Not reading the event store on this instance. */
    STOPPED,
    /** A handler failed; the processor retries the event with a growing back-off and skips nothing. */
    ERROR;

    static ProcessorState of(StreamingEventProcessor processor, Collection<EventTrackerStatus> segments) {
        if (processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return ERROR;
        }
        if (!processor.isRunning()) {
            return STOPPED;
        }
        return segments.stream().anyMatch(ProcessorState::reapplies) ? REPLAYING : RUNNING;
    }

    /**
     * Axon holds a segment in replay until an event newer than its position at the reset arrives, which
     * may take long after the view is complete; the view is incomplete only until it is back at that position.
     */
    private static boolean reapplies(EventTrackerStatus segment) {
        return segment.isReplaying()
                && segment.getCurrentPosition().orElse(0)
                        < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }
}
