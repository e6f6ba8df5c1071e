package org.roundtable.server.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.roundtable.api.events.VoteCast;

class ClassesResolvedOnceSerializerTest {

    private static final SerializedType VOTE_CAST = new SimpleSerializedType(VoteCast.class.getName(), null);
    private static final SerializedType GONE = new SimpleSerializedType("org.roundtable.api.events.Gone", null);

    private final CountingTypeFactory types = new CountingTypeFactory();
    private final ClassesResolvedOnceSerializer serializer = new ClassesResolvedOnceSerializer(
            JacksonSerializer.builder().objectMapper(new ObjectMapper().setTypeFactory(types)));

    @Test
    void aStoredTypesClassIsLookedUpOnceForEveryEventOfIt() {
        assertThat(serializer.classForType(VOTE_CAST)).isEqualTo(VoteCast.class);
        assertThat(serializer.classForType(new SimpleSerializedType(VoteCast.class.getName(), null)))
                .isEqualTo(VoteCast.class);

        assertThat(types.asked).containsExactly(VoteCast.class.getName());
    }

    @Test
    void answersWhatAxonsSerializerAnswersForKnownUnknownAndEmptyTypes() {
        JacksonSerializer axons = JacksonSerializer.defaultSerializer();

        for (SerializedType type : List.of(VOTE_CAST, GONE, SimpleSerializedType.emptyType())) {
            serializer.classForType(type);
            assertThat(serializer.classForType(type)).as(type.getName()).isEqualTo(axons.classForType(type));
        }
    }

    /** Counts the names it is asked to find, which the serializer does only for what it has not resolved. */
    private static final class CountingTypeFactory extends TypeFactory {
        final List<String> asked = new ArrayList<>();

        CountingTypeFactory() {
            super(new LRUMap<>(16, 200));
        }

        @Override
        public Class<?> findClass(String className) throws ClassNotFoundException {
            asked.add(className);
            return super.findClass(className);
        }
    }
}
