package org.roundtable.server.projections;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The streaming event processors of this instance, one per view (Roundtable names each after its
 * processing group), and the event store they read.
 */
@Component
class ViewProcessors {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final StoredGaps storedGaps;

    ViewProcessors(EventProcessingConfiguration processing, EventStore eventStore, StoredGaps storedGaps) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.storedGaps = storedGaps;
    }

    List<StreamingEventProcessor> all() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    /** The processors whose handlers take a replay: every view (a saga, say, would not). */
    List<StreamingEventProcessor> rebuildable() {
        return all().stream().filter(StreamingEventProcessor::supportsReset).toList();
    }

    /** The global index of the newest stored event; 0 when the store is empty. */
    long head() {
        return position(eventStore.createHeadToken());
    }

    /** Where a replay starts: just before the oldest stored event. */
    long tail() {
        return position(eventStore.createTailToken());
    }

    /** Every processor's progress now, and the rebuild's (null for none). */
    ProjectionsStatus status(Rebuild rebuild) {
        Map<StreamingEventProcessor, Map<Integer, EventTrackerStatus>> segments = new LinkedHashMap<>();
        all().forEach(processor -> segments.put(processor, processor.processingStatus()));
        // Read after the positions, so that no position is ahead of the head it is shown against.
        long head = head();
        List<ProcessorProgress> processors = segments.entrySet().stream()
                .map(processor ->
                        ProcessorProgress.of(processor.getKey(), processor.getValue(), head, rebuild, storedGaps))
                .toList();
        return new ProjectionsStatus(head, processors, rebuild == null ? null : rebuild.report());
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
