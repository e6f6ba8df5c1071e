package org.roundtable.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.server.http.RequestBodies.DecisionRuleBody;
import org.roundtable.server.http.RequestBodies.DeliveryBody;
import org.roundtable.server.http.RequestBodies.MeetingBody;
import org.roundtable.server.http.RequestBodies.UserBody;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The HTTP mapper reads each value as the JSON type it is, and its parser refuses what no request of the API needs. */
class HttpJsonConfigurationTest {

    private final ObjectMapper http = new HttpJsonConfiguration().httpObjectMapper(new Jackson2ObjectMapperBuilder());

    @Test
    void nestingDeeperThanThirtyTwoLevelsIsRefused() throws Exception {
        assertThat(http.readTree("[".repeat(32) + "]".repeat(32)).isArray()).isTrue();
        assertThatThrownBy(() -> http.readTree("[".repeat(33) + "]".repeat(33)))
                .isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void aStringLongerThanTheBodyLimitIsRefused() {
        String json = "\"" + "x".repeat(RequestBodyLimit.MAX_BODY_BYTES + 1) + "\"";
        assertThatThrownBy(() -> http.readTree(json)).isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThatThrownBy(() -> http.readValue("""
                {"user": "cora", "user": "carl"}""", UserBody.class))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("Duplicate field 'user'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "-1.5", "1e400", "true"})
    void aNumberOrABooleanIsNoText(String value) {
        assertThatThrownBy(() -> http.readValue("{\"user\": %s}".formatted(value), UserBody.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aStringIsNoNumberAndNoBoolean() {
        assertThatThrownBy(() -> http.readValue("{\"amount\": \"5\"}", DeliveryBody.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> http.readValue("{\"requireEverySector\": \"true\"}", DecisionRuleBody.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> http.readValue("{\"requireEverySector\": 1}", DecisionRuleBody.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void numbersAndBooleansOfTheirOwnTypeAreRead() throws Exception {
        assertThat(http.readValue("{\"amount\": 12.5}", DeliveryBody.class).amount())
                .isEqualTo(new BigDecimal("12.5"));
        assertThat(http.readValue("{\"quorum\": 1, \"requireEverySector\": true}", DecisionRuleBody.class))
                .isEqualTo(new DecisionRuleBody(null, BigDecimal.ONE, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1772388000", "1e400", "\"1772388000\"", "\"2026-03-01T18:00:00\"", "\"\"", "[2026, 3, 1]"})
    void anInstantIsAnIsoStringAndNothingElse(String heldAt) {
        assertThatThrownBy(() -> http.readValue("{\"heldAt\": %s}".formatted(heldAt), MeetingBody.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void anIsoInstantIsReadWithItsOffset() throws Exception {
        assertThat(http.readValue("{\"heldAt\": \"2026-03-01T18:00:00.5+01:00\"}", MeetingBody.class)
                        .heldAt())
                .isEqualTo(Instant.parse("2026-03-01T17:00:00.500Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C1 81", "C0 80", "E0 81 81", "ED A0 80", "F4 90 80 80", "FF", "80", "C3"})
    void aBodyThatIsNotUtf8IsRefused(String bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"user\": \"cor".getBytes(StandardCharsets.US_ASCII));
        for (String hex : bytes.split(" ")) {
            body.write(Integer.parseInt(hex, 16));
        }
        body.writeBytes("a\"}".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> http.readValue(new ByteArrayInputStream(body.toByteArray()), UserBody.class))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aUtf8BodyIsReadWithEveryCharacter() throws Exception {
        byte[] body = "{\"user\": \"Zoë 😀\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(http.readValue(new ByteArrayInputStream(body), UserBody.class)
                        .user())
                .isEqualTo("Zoë 😀");
    }

    @Test
    void aCopyOfTheMapperStaysStrict() {
        assertThatThrownBy(() -> http.copy().readValue("{\"user\": 42}", UserBody.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
