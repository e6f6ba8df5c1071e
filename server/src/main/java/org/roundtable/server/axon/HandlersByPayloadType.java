package org.roundtable.server.axon;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.ObjectUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;

/**
 * The views' handlers as their processor calls them, an event handed only to the views that take its
 * payload type, which are found once per type. Axon's {@link MultiEventHandlerInvoker} asks every view,
 * for every event and twice (may the processor take it, then which views take it), whether one of its
 * handlers matches: a search over each view's handlers that a profile of a rebuild showed taking a
 * sixth of the views' processor. Which views take an event depends on its payload type alone as long as
 * every handler's parameters resolve for every domain event, which holds for the views' handlers (the
 * payload, {@code @Timestamp}, {@code @SequenceNumber}); an event that is not a domain event (none is
 * stored today) is looked up apart. As in Axon's, a replay reaches only the views that support a reset,
 * and each view takes only the events of its segment.
 */
final class HandlersByPayloadType implements EventHandlerInvoker {

    private final MultiEventHandlerInvoker views;
    private final Map<Kind, List<EventHandlerInvoker>> takers = new ConcurrentHashMap<>();
    private final Map<Class<?>, Boolean> takenTypes = new ConcurrentHashMap<>();

    HandlersByPayloadType(MultiEventHandlerInvoker views) {
        this.views = views;
    }

    @Override
    public boolean canHandle(EventMessage<?> event, Segment segment) {
        for (EventHandlerInvoker view : takersOf(event)) {
            if (inSegment(view, event, segment)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void handle(EventMessage<?> event, Segment segment) throws Exception {
        for (EventHandlerInvoker view : takersOf(event)) {
            if (inSegment(view, event, segment)) {
                view.handle(event, segment);
            }
        }
    }

    @Override
    public boolean canHandleType(Class<?> payloadType) {
        return takenTypes.computeIfAbsent(payloadType, views::canHandleType);
    }

    @Override
    public boolean supportsReset() {
        return views.supportsReset();
    }

    @Override
    public void performReset() {
        views.performReset();
    }

    @Override
    public <R> void performReset(R resetContext) {
        views.performReset(resetContext);
    }

    @Override
    public void segmentReleased(Segment segment) {
        views.segmentReleased(segment);
    }

    private List<EventHandlerInvoker> takersOf(EventMessage<?> event) {
        Kind kind = new Kind(event.getPayloadType(), event instanceof DomainEventMessage, ReplayToken.isReplay(event));
        // The root segment matches every event: the views are asked about its type only.
        return takers.computeIfAbsent(
                kind,
                type -> views.delegates().stream()
                        .filter(view -> !kind.replay() || view.supportsReset())
                        .filter(view -> view.canHandle(event, Segment.ROOT_SEGMENT))
                        .toList());
    }

    private static boolean inSegment(EventHandlerInvoker view, EventMessage<?> event, Segment segment) {
        if (view instanceof SimpleEventHandlerInvoker simple) {
            Object sequence = ObjectUtils.getOrDefault(
                    simple.getSequencingPolicy().getSequenceIdentifierFor(event), event::getIdentifier);
            return segment.matches(Objects.hashCode(sequence));
        }
        return view.canHandle(event, segment);
    }

    /** What decides which views take an event. */
    private record Kind(Class<?> payloadType, boolean domainEvent, boolean replay) {}
}
