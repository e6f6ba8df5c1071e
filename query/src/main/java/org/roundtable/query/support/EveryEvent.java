package org.roundtable.query.support;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the views' positions following whole streams: its handler takes every event, so the processor
 * feeding the views hands each one to its position recorder even when no view has a handler for it (a
 * read waiting for that write would otherwise wait in vain), and its reset, run with every view's,
 * forgets the positions, so the replay applies every event again.
 */
@Component
@ProcessingGroup(ViewNames.VIEWS)
class EveryEvent {

    private final ViewPositions positions;

    EveryEvent(ViewPositions positions) {
        this.positions = positions;
    }

    @EventHandler
    void on(Object anyEvent) {
        // Nothing to change: being delivered is the point.
    }

    @ResetHandler
    void reset() {
        positions.forget(ViewNames.VIEWS);
    }
}
