package org.roundtable.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    /** Characters a generated string is drawn from: escapes, controls, ASCII, accents, a surrogate pair, a lone one. */
    private static final String[] PIECES = {"\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f",
            "a", "Z", "0", " ", "é", "€", "\u2028", "😀", "\ud800", "key", "ß"};

    @Test
    void writesWhatTheReferenceImplementationWritesForGeneratedDocuments() throws IOException {
        Random random = new Random(20261122);
        for (int i = 0; i < 5_000; i++) {
            String json = container(random, 0);
            assertThat(CanonicalJson.of(json)).as(json).isEqualTo(new JsonCanonicalizer(json).getEncodedString());
            assertThat(CanonicalJson.of(new ObjectMapper().readTree(json))).as(json)
                    .isEqualTo(new JsonCanonicalizer(json).getEncodedString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": -0}", "[9007199254740992, -9007199254740992]", "[9007199254740993]",
            "[123456789012345678901234567890]", "{\"x\": 1.0}", "[1e2, 1E-7, 0.1, 100.50]", "[ ]", "{ }",
            "{\"b\":[],\"a\":{}}", "{\"\\u00e9\":1,\"e\":2,\"\\ud83d\\ude00\":3,\"\\uffff\":4}"})
    void writesWhatTheReferenceImplementationWritesForNumbersAndOrder(String json) throws IOException {
        assertThat(CanonicalJson.of(json)).isEqualTo(new JsonCanonicalizer(json).getEncodedString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1, \"a\": 2}", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1", "not json", "{'a': 1}",
            "[NaN]"})
    void refusesWhatTheReferenceImplementationRefuses(String json) {
        assertThatThrownBy(() -> new JsonCanonicalizer(json).getEncodedString()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> CanonicalJson.of(json)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String container(Random random, int depth) {
        StringBuilder json = new StringBuilder();
        int size = random.nextInt(depth == 0 ? 6 : 4);
        boolean object = random.nextBoolean();
        json.append(object ? '{' : '[').append(space(random));
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                json.append(',').append(space(random));
            }
            if (object) {
                // The index keeps keys distinct: duplicates are refused, and tested apart.
                json.append(string(random, "k" + i)).append(space(random)).append(':').append(space(random));
            }
            json.append(value(random, depth));
        }
        return json.append(space(random)).append(object ? '}' : ']').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth < 3 ? 9 : 7)) {
            case 0 -> string(random, "");
            case 1 -> Long.toString(random.nextInt(2_000_001) - 1_000_000);
            case 2 -> Long.toString((random.nextLong() % (1L << 53)));
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5 -> Double.toString(random.nextDouble() * 1000);
            case 6 -> string(random, "v");
            default -> container(random, depth + 1);
        };
    }

    private static String string(Random random, String prefix) {
        StringBuilder text = new StringBuilder(prefix);
        for (int n = random.nextInt(6); n > 0; n--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || (random.nextInt(8) == 0 && c > 0x7f)) {
                json.append("\\u%04x".formatted((int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String space(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            default -> "";
        };
    }
}
