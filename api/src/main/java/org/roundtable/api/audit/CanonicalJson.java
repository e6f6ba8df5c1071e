package org.roundtable.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of JSON text, as the reference implementation
 * (erdtman's {@link JsonCanonicalizer}) writes it, but written straight from a Jackson tree whenever that
 * is exactly the same text: the chain hashes two canonical forms per event, and the reference parser and
 * writer were a third of the audit's CPU. Trees holding a number other than an integer of at most 2^53 in
 * magnitude (which the scheme prints as ECMAScript prints doubles), and text that Jackson does not parse
 * strictly (duplicate keys, trailing tokens, a scalar at the top), go to the reference implementation,
 * whose answer — or refusal — stands.
 */
final class CanonicalJson {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Integers up to this magnitude are doubles exactly, which ECMAScript prints as plain integers. */
    private static final long EXACT_INTEGERS = 1L << 53;

    private CanonicalJson() {
    }

    /**
     * The canonical form of JSON text.
     *
     * @throws IllegalArgumentException when the text is not a JSON object or array the scheme can canonicalise
     */
    static String of(String json) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            return reference(json);
        }
        String canonical = tree != null && tree.isContainerNode() ? written(tree) : null;
        return canonical != null ? canonical : reference(json);
    }

    /** The canonical form of a parsed object or array, as {@link #of(String)} gives for its text. */
    static String of(JsonNode tree) {
        String canonical = written(tree);
        return canonical != null ? canonical : reference(tree.toString());
    }

    private static String reference(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not JSON that can be canonicalised: " + e.getMessage(), e);
        }
    }

    /** The canonical text of {@code tree}, or null if only the reference implementation writes it exactly. */
    private static String written(JsonNode tree) {
        StringBuilder out = new StringBuilder(256);
        return append(tree, out) ? out.toString() : null;
    }

    private static boolean append(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                // String order is by UTF-16 code units, which is the scheme's order of keys.
                Collections.sort(names);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    appendString(names.get(i), out);
                    out.append(':');
                    if (!append(node.get(names.get(i)), out)) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> elements = node.elements();
                for (boolean first = true; elements.hasNext(); first = false) {
                    if (!first) {
                        out.append(',');
                    }
                    if (!append(elements.next(), out)) {
                        return false;
                    }
                }
                out.append(']');
                return true;
            }
            case STRING -> {
                appendString(node.textValue(), out);
                return true;
            }
            case NUMBER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()
                        || Math.abs(node.longValue()) > EXACT_INTEGERS) {
                    return false;
                }
                out.append(node.longValue());
                return true;
            }
            case BOOLEAN -> {
                out.append(node.booleanValue());
                return true;
            }
            case NULL -> {
                out.append("null");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Escapes as the scheme does: the two-character forms where JSON has them, other controls as six-character escapes (backslash, u, 00, two lowercase hex digits). */
    private static void appendString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
