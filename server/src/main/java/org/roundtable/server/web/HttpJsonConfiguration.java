package org.roundtable.server.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The ObjectMapper of the HTTP API. Declaring Axon's own ObjectMapper bean makes Boot drop its
 * default one, so this one is built from Boot's builder (spring.jackson.* settings, ISO dates, the
 * ProblemDetail mix-in) and made primary. It is strict: a misspelt field, a field given twice, an
 * enum given by its index, a fraction where a whole number belongs, a value of another JSON type
 * (42 for a name, "5" for an amount, 1 for true, a number for an instant) or a body that is not
 * UTF-8 is a 400, not a silently ignored or converted input; and its parser refuses what no request
 * of the API needs (deep nesting, huge numbers).
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
                .factory(new Utf8JsonFactory())
                .featuresToEnable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        // which of two values a client meant is a guess, and parsers guess differently
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .deserializerByType(Instant.class, new IsoInstants())
                .postConfigurer(mapper -> {
                    mapper.getFactory().setStreamReadConstraints(LIMITS);
                    // ALLOW_COERCION_OF_SCALARS leaves a number or a boolean where a string belongs alone
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                })
                .build();
    }

    /**
     * Reads a body as UTF-8 (RFC 8259) through the JDK's decoder, which refuses every malformed
     * sequence: Jackson's own reads an overlong form (C1 81 as "A") as the character it spells, and
     * guesses UTF-16 or UTF-32 from the first bytes.
     */
    static final class Utf8JsonFactory extends JsonFactory {

        Utf8JsonFactory() {}

        private Utf8JsonFactory(Utf8JsonFactory source) {
            super(source, null);
        }

        @Override
        public JsonFactory copy() {
            return new Utf8JsonFactory(this);
        }

        @Override
        protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
            return _createParser(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), context);
        }

        @Override
        protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
            return _createParser(new ByteArrayInputStream(data, offset, length), context);
        }
    }

    /**
     * Instants as ISO-8601 strings only, as the API's timestamps are: Jackson's own deserializer also
     * reads a number as epoch seconds, and 1e400 as 1970-01-01T00:00:00Z.
     */
    static final class IsoInstants extends StdScalarDeserializer<Instant> {

        IsoInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            } catch (DateTimeException notAnInstant) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
