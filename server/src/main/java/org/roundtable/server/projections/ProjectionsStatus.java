package org.roundtable.server.projections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collection;
import java.util.List;

/**
 * The answer of {@code GET /actuator/projections}: every processor's progress against the store's head,
 * and the latest rebuild since this instance started.
 *
 * @param head       the global index of the newest event in the store; 0 when it is empty
 * @param processors the event processors of this instance, by name
 * @param rebuild    the latest rebuild; null when there was none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProjectionsStatus(long head, List<ProcessorProgress> processors, Rebuild.Report rebuild) {

    /** For the log: "decisions at 640 of 1234 (REPLAYING, 3900 events/s), lessons at 1234 of 1234 (RUNNING)". */
    String describe(Collection<String> names) {
        return String.join(
                ", ",
                processors.stream()
                        .filter(processor -> names.contains(processor.name()))
                        .map(processor -> processor.describe(head))
                        .toList());
    }
}
