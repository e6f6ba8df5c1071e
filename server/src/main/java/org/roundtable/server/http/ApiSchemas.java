package org.roundtable.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.annotation.Nullable;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tells in the schemas of the API's records which properties are always there and which may be null,
 * as Jackson writes and reads them: swagger knows only what {@link Nullable} marks. In an answer every
 * component is present, null where it is {@link Nullable}, except in a record that leaves out its nulls
 * ({@code @JsonInclude(NON_NULL)}), where those are absent instead. In a request body
 * ({@link RequestBodies}) a {@link Nullable} component may be left out or null, every other one is
 * required, and no other property is taken.
 */
@Component
class ApiSchemas implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw =
                TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord() || !raw.getPackageName().startsWith("org.roundtable")) {
            return resolved;
        }
        String ref = resolved.get$ref();
        Schema model = ref == null ? resolved : defined(context, ref);
        if (model == null || !"object".equals(model.getType())) {
            return resolved;
        }
        boolean request = RequestBodies.class.equals(raw.getEnclosingClass());
        JsonInclude include = raw.getAnnotation(JsonInclude.class);
        boolean nullsLeftOut = include != null && include.value() == JsonInclude.Include.NON_NULL;
        List<String> required = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema<?> property = model.getProperties() == null
                    ? null
                    : (Schema<?>) model.getProperties().get(component.getName());
            if (property == null) {
                continue;
            }
            boolean nullable = component.isAnnotationPresent(Nullable.class);
            if (!nullable || !(request || nullsLeftOut)) {
                required.add(component.getName());
            }
            boolean mayBeNull = nullable && !nullsLeftOut;
            Schema<?> referenced = property.get$ref() == null ? null : defined(context, property.get$ref());
            if (mayBeNull && referenced != null && "object".equals(referenced.getType())) {
                // OpenAPI 3.0 ignores every sibling of a $ref, nullable too, and validators refuse null for an
                // allOf of it: a nullable object is described in place.
                model.getProperties().put(component.getName(), nullableCopy(referenced));
            } else {
                property.setNullable(mayBeNull ? Boolean.TRUE : null);
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
        if (request) {
            model.setAdditionalProperties(Boolean.FALSE);
        }
        return resolved;
    }

    private static Schema<?> defined(ModelConverterContext context, String ref) {
        return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** The object {@code type} describes, or null. */
    private static Schema<?> nullableCopy(Schema<?> type) {
        Schema<?> copy = new ObjectSchema();
        copy.setProperties(type.getProperties());
        copy.setRequired(type.getRequired());
        copy.setAdditionalProperties(type.getAdditionalProperties());
        copy.setDescription(type.getDescription());
        copy.setNullable(Boolean.TRUE);
        return copy;
    }
}
