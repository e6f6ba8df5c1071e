package org.roundtable.server.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The ObjectMapper of the HTTP API. Declaring Axon's own ObjectMapper bean makes Boot drop its
 * default one, so this one is built from Boot's builder (spring.jackson.* settings, ISO dates, the
 * ProblemDetail mix-in) and made primary. It is strict: a misspelt field, an enum given by its
 * index or a fraction where a whole number belongs is a 400, not a silently ignored input; and its
 * parser refuses what no request of the API needs (deep nesting, huge numbers).
 */
@Configuration(proxyBeanMethods = false)
class HttpJsonConfiguration {

    /**
     * No body of the API nests deeper than a few levels, and none needs a number of more than a few
     * digits; Jackson's own defaults (1,000 levels, 1,000 digits) let a small body cost a lot.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxNumberLength(100)
            .maxStringLength(RequestBodyLimit.MAX_BODY_BYTES)
            .build();

    @Bean
    @Primary
    ObjectMapper httpObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.createXmlMapper(false)
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(LIMITS))
                .build();
    }
}
