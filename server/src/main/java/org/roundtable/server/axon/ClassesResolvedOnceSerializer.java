package org.roundtable.server.axon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, except that a stored type's name is resolved to its class once, not every time
 * a message asks for it. Axon asks three times per event read (its metadata's representation, its lazy
 * payload, the payload's deserialisation) and each asks the JVM's {@code Class.forName}: a profile of a
 * rebuild of three million events found those lookups a seventh of the views' processor's CPU.
 *
 * <p>A class, once found, stays the class of its name for the server's life. A name not found is not
 * remembered here (Axon answers {@link UnknownSerializedType} for it, as before), nor is the empty type.
 */
final class ClassesResolvedOnceSerializer extends JacksonSerializer {

    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    ClassesResolvedOnceSerializer(JacksonSerializer.Builder builder) {
        super(builder);
    }

    @Override
    @SuppressWarnings("rawtypes") // as Axon declares it
    public Class classForType(SerializedType type) {
        if (SimpleSerializedType.emptyType().equals(type)) {
            return super.classForType(type);
        }
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> found = super.classForType(type);
        if (!UnknownSerializedType.class.equals(found)) {
            classes.put(type.getName(), found);
        }
        return found;
    }
}
