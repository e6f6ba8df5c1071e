package org.roundtable.server.projections;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every view once the server has started, when {@code roundtable.projections.rebuild-on-start}
 * is true: the way to rebuild for operators who cannot reach the actuator over HTTP.
 */
@Component
@ConditionalOnProperty(name = "roundtable.projections.rebuild-on-start", havingValue = "true")
class RebuildOnStart implements ApplicationRunner {

    private final Rebuilds rebuilds;

    RebuildOnStart(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rebuilds.start(rebuilds.views());
    }
}
