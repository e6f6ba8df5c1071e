package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

class HandlersByPayloadTypeTest {

    private final List<String> handled = new ArrayList<>();
    private final HandlersByPayloadType views = new HandlersByPayloadType(new MultiEventHandlerInvoker(
            SimpleEventHandlerInvoker.builder().eventHandlers(new Counting()).build(),
            SimpleEventHandlerInvoker.builder().eventHandlers(new Listing()).build(),
            SimpleEventHandlerInvoker.builder().eventHandlers(new NotReplayed()).build()));

    @Test
    void anEventReachesTheViewsThatHandleItsTypeOnly() throws Exception {
        views.handle(event("a", 1), Segment.ROOT_SEGMENT);
        views.handle(event("b", "one"), Segment.ROOT_SEGMENT);
        views.handle(event("b", "two"), Segment.ROOT_SEGMENT);

        assertThat(handled).containsExactly("counted 1", "listed 1", "not replayed 1", "listed one", "listed two");
        assertThat(views.canHandle(event("c", 2.5), Segment.ROOT_SEGMENT)).isFalse();
        assertThat(views.canHandleType(Double.class)).isFalse();
        assertThat(views.canHandleType(String.class)).isTrue();
    }

    @Test
    void aReplayReachesOnlyTheViewsThatAllowIt() throws Exception {
        EventMessage<?> replayed = replayed(event("a", 1));

        views.handle(replayed, Segment.ROOT_SEGMENT);

        assertThat(handled).containsExactly("counted 1", "listed 1");
    }

    @Test
    void eachSegmentTakesTheEventsOfItsStreamsOnly() throws Exception {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        EventMessage<?> event = event("a", 1);
        Segment own = halves[0].matches("a".hashCode()) ? halves[0] : halves[1];
        Segment other = own == halves[0] ? halves[1] : halves[0];

        assertThat(views.canHandle(event, other)).isFalse();
        views.handle(event, other);
        assertThat(handled).isEmpty();

        assertThat(views.canHandle(event, own)).isTrue();
        views.handle(event, own);
        assertThat(handled).hasSize(3);
    }

    private static EventMessage<?> event(String stream, Object payload) {
        return new GenericDomainEventMessage<>("Partnership", stream, 0, payload);
    }

    private static TrackedEventMessage<?> replayed(EventMessage<?> event) {
        TrackingToken reached = new GlobalSequenceTrackingToken(10);
        TrackingToken replay = ReplayToken.createReplayToken(reached, new GlobalSequenceTrackingToken(1));
        return new GenericTrackedDomainEventMessage<>(replay, (GenericDomainEventMessage<?>) event);
    }

    private final class Counting {
        @EventHandler
        void on(Integer number) {
            handled.add("counted " + number);
        }
    }

    private final class Listing {
        @EventHandler
        void on(Integer number) {
            handled.add("listed " + number);
        }

        @EventHandler
        void on(String name) {
            handled.add("listed " + name);
        }
    }

    @DisallowReplay
    private final class NotReplayed {
        @EventHandler
        void on(Integer number) {
            handled.add("not replayed " + number);
        }
    }
}
