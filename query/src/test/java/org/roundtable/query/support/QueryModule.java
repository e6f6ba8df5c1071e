package org.roundtable.query.support;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.roundtable.api.PartnershipId;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Some views of the query module wired as the server wires them, without Spring: each projection fed
 * through its view's position recorder ({@link ViewFeed}), and the query handlers of their packages
 * (and of the packages that answer from other views' tables, as the trends do) on an Axon query bus, so that a test asks its questions as the HTTP API does.
 */
public final class QueryModule {

    private final List<ViewFeed> projections;
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();

    /** The projections of the {@code views} named and the query handlers beside them. */
    public QueryModule(TestDatabase database, String... views) {
        Set<String> named = Set.of(views);
        List<Class<?>> projectionTypes = components(ProcessingGroup.class).stream()
                .filter(type ->
                        named.contains(type.getAnnotation(ProcessingGroup.class).value()))
                .toList();
        if (projectionTypes.size() != named.size()) {
            throw new IllegalArgumentException("No projection for some of " + named);
        }
        this.projections = projectionTypes.stream()
                .map(type -> new ViewFeed(instance(type, database), database.positions()))
                .toList();
        Set<Package> packages =
                Set.copyOf(projectionTypes.stream().map(Class::getPackage).toList());
        // A package without a projection of its own (the trends) answers from other views' tables.
        Set<Package> viewPackages = Set.copyOf(components(ProcessingGroup.class).stream()
                .map(Class::getPackage)
                .toList());
        components(Component.class).stream()
                .filter(type -> (packages.contains(type.getPackage()) || !viewPackages.contains(type.getPackage()))
                        && handlesQueries(type))
                .forEach(type -> new AnnotationQueryHandlerAdapter<>(instance(type, database)).subscribe(queryBus));
    }

    /** Every component of the query module carrying the annotation. */
    public static List<Class<?>> components(Class<? extends Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("org.roundtable.query").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Builds a package-private component as Spring would, from the few beans projections and handlers take. */
    public static Object instance(Class<?> type, TestDatabase database) {
        Constructor<?> constructor = type.getDeclaredConstructors()[0];
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> parameter == ViewPositions.class
                        ? database.positions()
                        : parameter == NamedParameterJdbcTemplate.class ? database.jdbc() : unexpected(type, parameter))
                .toArray();
        try {
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    public void apply(PartnershipId partnershipId, List<RecordedEvent> events) {
        projections.forEach(projection -> projection.apply(partnershipId, events));
    }

    /** Resets every view, as a rebuild does. */
    public void reset() {
        projections.forEach(ViewFeed::reset);
    }

    /** Asks the query bus, as the HTTP API does. */
    public <R> Optional<R> find(Object query, Class<R> view) {
        try {
            return queryBus.query(new GenericQueryMessage<>(query, ResponseTypes.optionalInstanceOf(view)))
                    .get()
                    .getPayload();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static boolean handlesQueries(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(method -> method.isAnnotationPresent(QueryHandler.class));
    }

    private static Object unexpected(Class<?> type, Class<?> parameter) {
        throw new IllegalStateException(type + " needs a " + parameter + "; teach QueryModule to make one");
    }
}
