package org.roundtable.server.write;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;
import org.springframework.mock.web.MockHttpServletRequest;

class IdempotentRequestTest {

    private static final String PATH = "/api/partnerships/7c1d/lessons";

    @Test
    void aRequestWithoutTheHeaderIsNotIdempotent() {
        assertThat(IdempotentRequest.of(request("POST", PATH, null), "tester", body("{}")))
                .isEmpty();
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyChangeAnother() {
        String fingerprint = fingerprint("POST", PATH, "{\"title\": \"a\"}");

        assertThat(fingerprint("POST", PATH, "{\"title\": \"a\"}")).isEqualTo(fingerprint);
        assertThat(fingerprint("POST", PATH, "{\"title\": \"b\"}")).isNotEqualTo(fingerprint);
        assertThat(fingerprint("PUT", PATH, "{\"title\": \"a\"}")).isNotEqualTo(fingerprint);
        assertThat(fingerprint("POST", PATH + "x", "{\"title\": \"a\"}")).isNotEqualTo(fingerprint);
    }

    @Test
    void theLockOfAKeyIsTheUsers() {
        IdempotentRequest tester = IdempotentRequest.of(request("POST", PATH, "k1"), "tester", body(""))
                .orElseThrow();
        IdempotentRequest cora = IdempotentRequest.of(request("POST", PATH, "k1"), "cora", body(""))
                .orElseThrow();

        assertThat(tester.lockNumber()).isNotEqualTo(cora.lockNumber());
        assertThat(tester.lockNumber())
                .isEqualTo(IdempotentRequest.of(request("PUT", "/other", "k1"), "tester", body("x"))
                        .orElseThrow()
                        .lockNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "tab\there", "naïve", "é"})
    void aKeyOfOtherThanVisibleAsciiIsRefused(String key) {
        assertThatThrownBy(() -> IdempotentRequest.of(request("POST", PATH, key), "tester", body("")))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_VALUE);
                    assertThat(refusal.field()).isEqualTo("Idempotency-Key");
                });
    }

    @Test
    void aKeyMayBe255CharactersLong() {
        assertThat(IdempotentRequest.of(request("POST", PATH, "k".repeat(255)), "tester", body("")))
                .isPresent();
        assertThatThrownBy(() -> IdempotentRequest.of(request("POST", PATH, "k".repeat(256)), "tester", body("")))
                .isInstanceOf(RuleViolation.class);
    }

    private static String fingerprint(String method, String path, String json) {
        return IdempotentRequest.of(request(method, path, "key"), "tester", body(json))
                .orElseThrow()
                .fingerprint();
    }

    private static MockHttpServletRequest request(String method, String path, String key) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (key != null) {
            request.addHeader("Idempotency-Key", key);
        }
        return request;
    }

    private static byte[] body(String json) {
        return json.getBytes(UTF_8);
    }
}
