package org.roundtable.server.projections;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The projection lag as a gauge per processor, {@code roundtable.projection.lag{view}}: how many stored
 * events the processor on this instance trails the store's head by (absent while it holds no segment, as
 * on an instance whose peers process the views). One processor, {@code views}, feeds every view, so its
 * lag is every view's. What an operator watches to know that the reports show the latest acts.
 */
@Component
class ProjectionLag {

    private final ViewProcessors processors;
    private final MeterRegistry registry;

    ProjectionLag(ViewProcessors processors, MeterRegistry registry) {
        this.processors = processors;
        this.registry = registry;
    }

    /** Once the processors exist; each scrape reads the lag then, so the gauge costs nothing between scrapes. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        processors
                .all()
                .forEach(processor -> Gauge.builder("roundtable.projection.lag", () -> lagOf(processor.getName()))
                        .tag("view", processor.getName())
                        .description("Stored events the view trails the store's head by, on this instance")
                        .baseUnit("events")
                        .register(registry));
    }

    private double lagOf(String view) {
        return processors.status(null).processors().stream()
                .filter(progress -> progress.name().equals(view) && progress.behind() != null)
                .mapToDouble(ProcessorProgress::behind)
                .findFirst()
                .orElse(Double.NaN);
    }
}
