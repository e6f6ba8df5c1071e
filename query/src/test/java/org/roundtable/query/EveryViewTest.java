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
 * processing group named in {@link ViewNames}, a handler for every event (so that its position
 * follows the whole stream), and a reset that forgets its positions.
 */
class EveryViewTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    static List<Class<?>> projections() {
        List<Class<?>> projections = QueryModule.components(ProcessingGroup.class);
        assertThat(projections).hasSizeGreaterThanOrEqualTo(6);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("projections")
    void itTakesEveryEvent(Class<?> projection) throws Exception {
        AnnotationEventHandlerAdapter events = new AnnotationEventHandlerAdapter(instance(projection));
        EventMessage<?> unknownToEveryView = new GenericDomainEventMessage<>(
                "Partnership", UUID.randomUUID().toString(), 0, new SomethingNoViewKnows("a later kind of event"));

        assertThat(events.canHandle(unknownToEveryView)).isTrue();
        events.handle(unknownToEveryView);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projections")
    void itsResetForgetsItsPositionsOnly(Class<?> projection) throws Exception {
        String view = view(projection);
        UUID partnership = UUID.randomUUID();
        ViewPositions positions = database.positions();
        place(view, partnership, 7);
        place("another view", partnership, 7);

        new AnnotationEventHandlerAdapter(instance(projection)).prepareReset();

        assertThat(positions.position(view, partnership)).isZero();
        assertThat(positions.position("another view", partnership)).isEqualTo(7);
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
