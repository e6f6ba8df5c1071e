package org.roundtable.server.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the partnership a command is for as Axon's {@code AnnotationCommandTargetResolver} does (the first
 * method, else field, annotated {@link TargetAggregateIdentifier}, and likewise {@link TargetAggregateVersion}),
 * but looks for those members once per command type. Axon's looks through every method and field of the
 * command, and their annotations' merged attributes, for every command it handles: under votes, a twentieth
 * of the request threads' CPU. The Partnership aggregate names it by its bean name.
 */
final class CommandTargetsScannedOnce implements CommandTargetResolver {

    /** Reads one member of a command. */
    @FunctionalInterface
    private interface Member {
        Object of(Object command) throws IllegalAccessException, InvocationTargetException;
    }

    /** The members of one command type that name its target and the version it expects. */
    private record Members(Member identifier, Member version) {}

    private final ClassValue<Members> byType = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            return new Members(
                    annotated(type, TargetAggregateIdentifier.class), annotated(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Members members = byType.get(command.getPayloadType());
        Object identifier;
        Long version;
        try {
            identifier = members.identifier().of(command.getPayload());
            version = asLong(members.version().of(command.getPayload()));
        } catch (InvocationTargetException | IllegalAccessException | NumberFormatException unreadable) {
            throw new IllegalArgumentException(
                    "The target of a " + command.getPayloadType().getSimpleName() + " could not be read", unreadable);
        }
        if (identifier == null) {
            throw new IllegalArgumentException("A " + command.getPayloadType().getSimpleName()
                    + " names no target: no method or field annotated @TargetAggregateIdentifier returned one");
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    /** The first method, else field, of {@code type} that carries {@code annotation}, in Axon's order. */
    private static Member annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                ReflectionUtils.ensureAccessible(method);
                return method::invoke;
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                ReflectionUtils.ensureAccessible(field);
                return field::get;
            }
        }
        return command -> null;
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
    }
}
