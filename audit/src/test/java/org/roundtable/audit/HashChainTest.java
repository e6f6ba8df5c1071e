package org.roundtable.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HashChainTest {

    private static final String FORMED = """
            {"phase": "MOBILIZE", "name": "Clean river",
             "decisionRule": {"quorum": 0.50, "method": "CONSENT", "requireEverySector": false}}""";

    @Test
    void theHashCoversPreviousHashSequenceTypeTimestampAndCanonicalPayloadOnLinesOfTheirOwn() {
        String input =
                HashChain.hashInput(HashChain.GENESIS, 1, "PartnershipFormed", "2026-11-22T17:39:15.335Z", FORMED);

        assertThat(input)
                .isEqualTo("0000000000000000000000000000000000000000000000000000000000000000\n"
                        + "1\n"
                        + "PartnershipFormed\n"
                        + "2026-11-22T17:39:15.335Z\n"
                        + "{\"decisionRule\":{\"method\":\"CONSENT\",\"quorum\":0.5,\"requireEverySector\":false},"
                        + "\"name\":\"Clean river\",\"phase\":\"MOBILIZE\"}");
        String hash =
                HashChain.eventHash(HashChain.GENESIS, 1, "PartnershipFormed", "2026-11-22T17:39:15.335Z", FORMED);
        assertThat(hash)
                .isEqualTo(sha256(input))
                // printf '%s\n%s\n%s\n%s\n%s' 000…0 1 PartnershipFormed 2026-11-22T17:39:15.335Z \
                //     '{"decisionRule":…}' | sha256sum
                .isEqualTo("89e8a190b7bfd7d74f3d2f64650d5d44ff27528f898880b15ac29cc0ddf542d9");
    }

    @Test
    void theGenesisIsSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void theMetaDataHashCoversTheHashAndEveryOtherKeyButItself() {
        String metaData = "{\"sequence\": 1, \"actor\": \"anonymous\"}";
        String withItsHash = "{\"metaDataHash\": \"whatever\", \"actor\": \"anonymous\", \"sequence\": 1}";

        // printf '%s\n%s' abc '{"actor":"anonymous","sequence":1}' | sha256sum
        assertThat(HashChain.metaDataHash("abc", metaData))
                .isEqualTo(sha256("abc\n{\"actor\":\"anonymous\",\"sequence\":1}"))
                .isEqualTo("801509de90a80fae8a5f274ae8c0439f5b4bc68aa6bba48573a7545d3e56fb23")
                .isEqualTo(HashChain.metaDataHash("abc", withItsHash));
        assertThat(HashChain.metaDataHash("abc", "{\"sequence\": 1, \"actor\": \"mallory\"}"))
                .isNotEqualTo(HashChain.metaDataHash("abc", metaData));
        assertThat(HashChain.metaDataHash("abd", metaData)).isNotEqualTo(HashChain.metaDataHash("abc", metaData));
    }

    /** Metadata as a serialiser might write it: any order, escapes and numbers the canonical form rewrites. */
    @ParameterizedTest
    @MethodSource("newMetaData")
    void theWriteSideStoresTheMetaDataHashThatTheChecksCompute(String metaData) {
        assertThat(HashChain.metaDataHashToStore("abc", metaData.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(HashChain.metaDataHash("abc", metaData));
    }

    static Stream<String> newMetaData() {
        return Stream.of(
                "{\"sequence\":1,\"actor\":\"anonymous\"}",
                "{\"actor\":\"caf\\u00e9 \\\"\u20ac\\\" \\n\",\"sequence\":9007199254740993,\"hash\":\"h\"}",
                "{\"quorum\":0.50,\"tiny\":1.0E-7,\"roles\":[\"ADMIN\",\"AUDITOR\"],\"origin\":{\"z\":1,\"a\":null}}");
    }

    @Test
    void theWriteSideRefusesMetaDataThatIsNotAnObject() {
        assertThatThrownBy(() -> HashChain.metaDataHashToStore("abc", "[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashChain.metaDataHashToStore("abc", "{\"a\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The quorum is the one decimal in Roundtable's payloads; amounts and versions are integers. */
    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                arguments(
                        "keys sorted at every depth, no white space, arrays in their order",
                        " { \"b\" : [3, 1, {\"z\": 1, \"a\": 2}], \"a\" : {\"y\": null, \"x\": true} } ",
                        "{\"a\":{\"x\":true,\"y\":null},\"b\":[3,1,{\"a\":2,\"z\":1}]}"),
                arguments(
                        "keys sorted by UTF-16 code unit: upper case first, ASCII before \u00e9",
                        "{\"\u00e9\": 1, \"b\": 2, \"B\": 3, \"a\": 4}",
                        "{\"B\":3,\"a\":4,\"b\":2,\"\u00e9\":1}"),
                arguments(
                        "numbers as ECMAScript prints them",
                        "[0.50, 1.0, 1, 100, 0.3333, 2.5E1, -0, 1e-7, 1e21, 9007199254740993]",
                        "[0.5,1,1,100,0.3333,25,0,1e-7,1e+21,9007199254740992]"),
                arguments(
                        "only quotes, backslashes and control characters escaped, in lower-case hex",
                        "[\"\\u00e9t\\u00E9 / caf\u00e9 \\\" \\\\ \\n \\t \\u0001 \\u001F \\u20ac\"]",
                        "[\"\u00e9t\u00e9 / caf\u00e9 \\\" \\\\ \\n \\t \\u0001 \\u001f \u20ac\"]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalForms")
    void canonicalJsonIsRfc8785(String rule, String json, String canonical) {
        assertThat(HashChain.canonicalJson(json)).isEqualTo(canonical);
    }

    @Test
    void aPayloadThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> HashChain.canonicalJson("{\"name\": \"Clean river\""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashChain.metaDataHash("abc", "[1, 2]")).isInstanceOf(IllegalArgumentException.class);
    }

    /** SHA-256 by the JDK alone, independent of the code under test. */
    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
