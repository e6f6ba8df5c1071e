package org.roundtable.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.roundtable.query.support.QueryModule;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What reading one's own writes needs of every projection of this module, present and future: a
 * processing group named in {@link ViewNames}; and of the one processor that feeds them all, a handler
 * for every event (so that its positions follow whole streams) and a reset that forgets its positions.
 */
class EveryViewTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    static List<Class<?>> projections() {
        List<Class<?>> projections = QueryModule.components(ProcessingGroup.class).stream()
                .filter(type -> !view(type).equals(ViewNames.VIEWS))
                .toList();
        assertThat(projections).hasSizeGreaterThanOrEqualTo(8);
        return projections;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projections")
    void itsProcessingGroupIsANamedView(Class<?> projection) {
        List<Object> names = Arrays.stream(ViewNames.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()))
                .map(EveryViewTest::value)
                .toList();

        assertThat(names).contains(view(projection));
    }

    @Test
    void theViewsProcessorTakesEveryEvent() throws Exception {
        AnnotationEventHandlerAdapter events = new AnnotationEventHandlerAdapter(everyEvent());
        EventMessage<?> unknownToEveryView = new GenericDomainEventMessage<>(
                "Partnership", UUID.randomUUID().toString(), 0, new SomethingNoViewKnows("a later kind of event"));

        assertThat(events.canHandle(unknownToEveryView)).isTrue();
        events.handle(unknownToEveryView);
    }

    @Test
    void theViewsResetForgetsTheProcessorsPositionsOnly() throws Exception {
        UUID partnership = UUID.randomUUID();
        ViewPositions positions = database.positions();
        place(ViewNames.VIEWS, partnership, 7);
        place("another processor", partnership, 7);

        new AnnotationEventHandlerAdapter(everyEvent()).prepareReset();

        assertThat(positions.position(ViewNames.VIEWS, partnership)).isZero();
        assertThat(positions.position("another processor", partnership)).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projections")
    void aViewsOwnResetLeavesThePositionsToTheProcessor(Class<?> projection) throws Exception {
        UUID partnership = UUID.randomUUID();
        place(ViewNames.VIEWS, partnership, 7);

        new AnnotationEventHandlerAdapter(instance(projection)).prepareReset();

        assertThat(database.positions().position(ViewNames.VIEWS, partnership))
                .as("forgotten once, by the processor's own reset, whichever view resets first")
                .isEqualTo(7);
    }

    private static Object everyEvent() {
        return QueryModule.components(ProcessingGroup.class).stream()
                .filter(type -> view(type).equals(ViewNames.VIEWS))
                .map(EveryViewTest::instance)
                .findFirst()
                .orElseThrow();
    }

    private static String view(Class<?> projection) {
        return projection.getAnnotation(ProcessingGroup.class).value();
    }

    private static Object instance(Class<?> projection) {
        return QueryModule.instance(projection, database);
    }

    private static void place(String view, UUID partnership, long sequence) {
        database.jdbc()
                .update(
                        "INSERT INTO view_position (view, partnership_id, sequence) VALUES (:v, :p, :s)",
                        new MapSqlParameterSource("v", view)
                                .addValue("p", partnership)
                                .addValue("s", sequence));
    }

    private static Object value(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    record SomethingNoViewKnows(String what) {}
}
