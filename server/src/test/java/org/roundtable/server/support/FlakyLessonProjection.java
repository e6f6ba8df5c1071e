package org.roundtable.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.LessonLogged;
import org.springframework.boot.test.context.TestComponent;

/**
 * A projection in a processing group of its own that fails on purpose: a lesson titled
 * {@link #MARKER} makes it throw a number of times before it is handled. It records the lesson
 * titles whose handling was committed, per partnership, so a test can see that none was skipped or
 * applied twice.
 */
@TestComponent
@ProcessingGroup("flaky-lessons")
public class FlakyLessonProjection {

    public static final String MARKER = "fails before it passes";

    private static final String COMMITTED_TOGETHER = FlakyLessonProjection.class.getName() + ":batch";

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger markerDeliveries = new AtomicInteger();
    private final Map<PartnershipId, List<String>> handled = new ConcurrentHashMap<>();

    @EventHandler
    void on(LessonLogged event) {
        if (MARKER.equals(event.title())) {
            markerDeliveries.incrementAndGet();
            if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                throw new IllegalStateException("planned failure of the flaky projection");
            }
        }
        // Kept once the batch commits, as a view's rows are: a batch that fails on the marker is rolled
        // back whole, the lessons before it included, and delivered again. One callback per batch, in
        // the order handled: Axon runs the callbacks after a commit last registered first.
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        batch.getOrComputeResource(COMMITTED_TOGETHER, key -> {
                    List<LessonLogged> lessons = new ArrayList<>();
                    batch.afterCommit(committed -> lessons.forEach(lesson -> handled.computeIfAbsent(
                                    lesson.partnershipId(), id -> new CopyOnWriteArrayList<>())
                            .add(lesson.title())));
                    return lessons;
                })
                .add(event);
    }

    /** Makes the next {@code times} deliveries of a marker lesson fail. */
    public void failNextMarker(int times) {
        markerDeliveries.set(0);
        failuresLeft.set(times);
    }

    public int markerDeliveries() {
        return markerDeliveries.get();
    }

    public List<String> handledTitles(PartnershipId partnershipId) {
        return List.copyOf(handled.getOrDefault(partnershipId, List.of()));
    }
}
