package org.roundtable.server.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ObjectMapper of Axon's Jackson serializers (events, messages, snapshots, tokens), found by its
 * bean name. It is lenient on unknown properties so that stored events and snapshots written by an
 * older version still load after a field is removed; the HTTP layer has its own strict mapper.
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
}
