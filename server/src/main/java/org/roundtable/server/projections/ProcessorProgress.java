package org.roundtable.server.projections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * How far one event processor (one view) has read the event store, as this instance sees it.
 *
 * @param name            the processor's name, which is its view's name
 * @param state           what it is doing
 * @param position        the global index up to which it has applied every stored event; null when
 *                        this instance processes none of its segments (another instance may)
 * @param behind          how many global indexes it trails the store's head by; null with the position
 * @param eventsPerSecond its replay rate since the rebuild reset it; only while it replays a rebuild
 * @param segments        the segments of its token that this instance processes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProcessorProgress(
        String name, ProcessorState state, Long position, Long behind, Double eventsPerSecond, List<Integer> segments) {

    static ProcessorProgress of(
            StreamingEventProcessor processor,
            Map<Integer, EventTrackerStatus> segments,
            long head,
            Rebuild rebuild,
            StoredGaps storedGaps) {
        Collection<EventTrackerStatus> statuses = segments.values();
        ProcessorState state = ProcessorState.of(processor, statuses);
        // A processor has applied every event up to the position of its slowest segment.
        OptionalLong slowest = statuses.stream()
                .mapToLong(status -> appliedUpTo(status.getTrackingToken(), storedGaps))
                .min();
        Long position = slowest.isPresent() ? slowest.getAsLong() : null;
        Double rate = state == ProcessorState.REPLAYING && position != null && rebuild != null
                ? rebuild.eventsPerSecond(processor.getName(), position)
                : null;
        return new ProcessorProgress(
                processor.getName(),
                state,
                position,
                position == null ? null : head - position,
                rate,
                segments.keySet().stream().sorted().toList());
    }

    /**
     * The global index up to which a segment's token has applied every stored event. Not the token's
     * highest index: with several instances appending, an event can commit after one with a higher index
     * and the token has passed it, holding its index as a gap until it arrives.
     */
    static long appliedUpTo(TrackingToken token, StoredGaps storedGaps) {
        if (token == null) {
            return 0;
        }
        long highest = token.position().orElse(0);
        if (WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken gapAware) {
            OptionalLong unapplied = storedGaps.lowestStored(gapAware.getGaps());
            if (unapplied.isPresent()) {
                return Math.min(highest, unapplied.getAsLong() - 1);
            }
        }
        return highest;
    }

    /** For the log: "decisions at 812 of 1234 (REPLAYING, 4100 events/s)". */
    String describe(long head) {
        String at = position == null ? "with no segment here" : "at %d of %d".formatted(position, head);
        String rate = eventsPerSecond == null ? "" : ", %.0f events/s".formatted(eventsPerSecond);
        return "%s %s (%s%s)".formatted(name, at, state, rate);
    }
}
