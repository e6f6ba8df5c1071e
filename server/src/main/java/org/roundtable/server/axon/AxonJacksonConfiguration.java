package org.roundtable.server.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's Jackson serializer (events, messages, snapshots, tokens) and its ObjectMapper. The mapper is
 * lenient on unknown properties so that stored events and snapshots written by an older version still
 * load after a field is removed; the HTTP layer has its own strict mapper. The serializer is built as
 * Axon's AxonAutoConfiguration builds it for {@code axon.serializer.general: jackson}, which then serves
 * as the events' and messages' serializer too, but resolves each stored type's class once
 * ({@link ClassesResolvedOnceSerializer}).
 */
@Configuration(proxyBeanMethods = false)
class AxonJacksonConfiguration {

    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .findAndAddModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    @Bean
    @Primary
    Serializer serializer(
            RevisionResolver revisionResolver, @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper) {
        return new ClassesResolvedOnceSerializer(JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(AxonJacksonConfiguration.class.getClassLoader()))
                .objectMapper(objectMapper));
    }
}
