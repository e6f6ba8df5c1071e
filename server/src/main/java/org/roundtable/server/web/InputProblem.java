package org.roundtable.server.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * What is wrong with a request's input, in the client's terms: the field at fault (a JSON path such
 * as {@code decisionRule.quorum}, or a parameter name) and a detail naming what it must be. Built
 * from the parser's exceptions, whose own messages name Java classes and are not for clients.
 */
public record InputProblem(String field, String detail) {

    static InputProblem of(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getCause();
        if (cause == null) {
            return new InputProblem(null, "A JSON request body is required");
        }
        if (found(cause, StreamConstraintsException.class) != null) {
            return new InputProblem(
                    null,
                    "The request body exceeds what a request of this API may hold: at most "
                            + "%d levels of nesting and numbers of at most %d digits"
                                    .formatted(
                                            HttpJsonConfiguration.LIMITS.getMaxNestingDepth(),
                                            HttpJsonConfiguration.LIMITS.getMaxNumberLength()));
        }
        if (found(cause, CharacterCodingException.class) != null) {
            return new InputProblem(null, "The request body is not UTF-8, which JSON must be");
        }
        JsonParseException duplicate = found(cause, JsonParseException.class);
        if (duplicate != null
                && duplicate.getOriginalMessage().startsWith(DUPLICATE)
                && duplicate.getProcessor() != null) {
            String field = path(duplicate.getProcessor().getParsingContext());
            return new InputProblem(field, "The field '%s' is given twice".formatted(field));
        }
        if (cause instanceof JsonParseException parse) {
            return new InputProblem(
                    null,
                    "The request body is not well-formed JSON (line %d, column %d)"
                            .formatted(
                                    parse.getLocation().getLineNr(),
                                    parse.getLocation().getColumnNr()));
        }
        if (cause instanceof JsonMappingException mapping) {
            return of(mapping);
        }
        return new InputProblem(null, "The request body cannot be read as JSON");
    }

    /** The parser's exceptions may surface directly, or wrapped by the binding of the field they hit. */
    private static <T extends Throwable> T found(Throwable cause, Class<T> type) {
        for (Throwable next = cause; next != null; next = next.getCause()) {
            if (type.isInstance(next)) {
                return type.cast(next);
            }
        }
        return null;
    }

    private static InputProblem of(JsonMappingException mapping) {
        String field = path(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf)
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new InputProblem(
                    field,
                    "Unknown field '%s'; the fields here are: %s"
                            .formatted(unknown.getPropertyName(), known.isEmpty() ? "none" : known));
        }
        if (mapping instanceof InvalidFormatException format) {
            return new InputProblem(
                    field, "'%s' is not %s".formatted(format.getValue(), expected(format.getTargetType())));
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (field == null) {
                // a JSON array, a bare value, or a second value after the body's object
                return new InputProblem(null, "The request body must be a single JSON object");
            }
            return new InputProblem(field, field + " must be " + expected(mismatch.getTargetType()));
        }
        return new InputProblem(
                field, field == null ? "The request body cannot be read" : field + " has a value that cannot be read");
    }

    /** A path variable or request parameter that does not convert to its type. */
    public static InputProblem of(TypeMismatchException mismatch) {
        String name = mismatch.getPropertyName();
        return new InputProblem(
                name, "'%s' is not %s".formatted(mismatch.getValue(), expected(mismatch.getRequiredType())));
    }

    /** A required request parameter that is absent, or blank (Spring converts a blank value to none). */
    public static InputProblem of(MissingServletRequestParameterException missing) {
        String name = missing.getParameterName();
        Class<?> type = missing.getMethodParameter() == null
                ? null
                : missing.getMethodParameter().getParameterType();
        return new InputProblem(name, "%s is required: %s".formatted(name, expected(type)));
    }

    /** How the parser words a field given twice (STRICT_DUPLICATE_DETECTION); it has no exception of its own. */
    private static final String DUPLICATE = "Duplicate field '";

    /** The path of the field the parser is at, such as {@code decisionRule.method}. */
    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inObject() && level.getCurrentName() != null) {
                path.insert(0, "." + level.getCurrentName());
            } else if (level.inArray()) {
                path.insert(0, "[" + level.getCurrentIndex() + "]");
            }
        }
        return path.isEmpty() || path.charAt(0) != '.' ? path.toString() : path.substring(1);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What a value of {@code type} looks like in JSON or in a URL, e.g. "one of [AGREE, ...]" or "a UUID". */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == UUID.class || isUuidWrapper(type)) {
            return "a UUID";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2026-03-01T12:00:00Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if ((type.isPrimitive() && type != boolean.class) || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        return "a valid value";
    }

    /** The typed ids of the api (PartnershipId, PartnerId, ...) are records of one UUID. */
    private static boolean isUuidWrapper(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        return components != null && components.length == 1 && components[0].getType() == UUID.class;
    }
}
