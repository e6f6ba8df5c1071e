package org.roundtable.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The HTTP mapper's parser refuses what no request of the API needs. */
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
}
