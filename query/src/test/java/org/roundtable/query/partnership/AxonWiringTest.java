package org.roundtable.query.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.Sector;
import org.roundtable.api.events.LessonLogged;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.query.support.TestDatabase;

/**
 * Shows that Axon finds the package-private handlers, feeds them the event's timestamp and resets,
 * and offers a view only the events it has handlers for.
 */
class AxonWiringTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    @Test
    void eventAndQueryTravelThroughAxonsAnnotationAdapters() throws Exception {
        PartnershipId partnership = PartnershipId.random();
        Instant formedAt = Instant.parse("2024-11-05T08:30:00.123456Z");
        AnnotationEventHandlerAdapter events =
                new AnnotationEventHandlerAdapter(new PartnershipProjection(database.jdbc()));
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new PartnershipQueryHandler(database.jdbc())).subscribe(queryBus);

        events.handle(new GenericEventMessage<>(
                UUID.randomUUID().toString(),
                new PartnershipFormed(
                        partnership,
                        "Clean river",
                        "Make the river swimmable",
                        new DecisionRule(DecisionMethod.MAJORITY, new BigDecimal("0.5"), false),
                        Phase.MOBILIZE),
                Map.of(),
                formedAt));
        Optional<PartnershipView> view = queryBus.query(new GenericQueryMessage<>(
                        new FindPartnership(partnership), ResponseTypes.optionalInstanceOf(PartnershipView.class)))
                .get()
                .getPayload();

        assertThat(view).map(PartnershipView::formedAt).contains(formedAt);

        events.prepareReset();
        assertThat(new PartnershipQueryHandler(database.jdbc()).handle(new FindPartnership(partnership)))
                .isEmpty();
    }

    @Test
    void aViewTakesOnlyTheEventsItHasHandlersFor() throws Exception {
        PartnershipId partnership = PartnershipId.random();
        AnnotationEventHandlerAdapter events =
                new AnnotationEventHandlerAdapter(new PartnershipProjection(database.jdbc()));

        events.handle(GenericEventMessage.asEventMessage(formed(partnership)));
        assertThat(new PartnershipQueryHandler(database.jdbc()).handle(new FindPartnership(partnership)))
                .isPresent();
        assertThat(events.canHandle(GenericEventMessage.asEventMessage(lesson(partnership))))
                .as("the processor's EveryEvent takes what no view does")
                .isFalse();
    }

    private static PartnershipFormed formed(PartnershipId partnership) {
        return new PartnershipFormed(
                partnership,
                "Clean river",
                "Make the river swimmable",
                new DecisionRule(DecisionMethod.MAJORITY, new BigDecimal("0.5"), false),
                Phase.MOBILIZE);
    }

    private static LessonLogged lesson(PartnershipId partnership) {
        return new LessonLogged(
                partnership,
                LessonId.random(),
                PartnerId.random(),
                Sector.PUBLIC,
                Phase.MOBILIZE,
                "Meet in the evening",
                "Residents work during the day");
    }
}
