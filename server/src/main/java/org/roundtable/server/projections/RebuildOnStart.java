package org.roundtable.server.projections;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every view once the server has started, when {@code roundtable.projections.rebuild-on-start}
 * is true: the way to rebuild for operators who cannot reach the actuator over HTTP.
 */
@Component
class RebuildOnStart implements ApplicationRunner {

    private final Rebuilds rebuilds;
    private final boolean enabled;

    RebuildOnStart(Rebuilds rebuilds, ProjectionSettings settings) {
        this.rebuilds = rebuilds;
        this.enabled = settings.rebuildOnStart();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (enabled) {
            rebuilds.start(rebuilds.views());
        }
    }
}
