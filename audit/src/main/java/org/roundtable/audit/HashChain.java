package org.roundtable.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The formula of the audit hash chain: each event's {@code hash} covers the previous event's hash,
 * its sequence, type, timestamp and canonical payload; its {@code metaDataHash} covers that hash and
 * the rest of its metadata (the actor among them), which the spec's hash leaves out.
 */
public final class HashChain {

    /** The {@code previousHash} of sequence 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Parses what is canonicalised from its text: refusing duplicate keys and anything after the value,
     * which Jackson would otherwise let pass and the reference refuses; such text goes to the reference.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private HashChain() {}

    /**
     * The {@code hash} of an event: lowercase hex SHA-256 of the UTF-8 of {@link #hashInput}.
     *
     * @param type        the stable event name ({@code VoteCast})
     * @param timestamp   the timestamp exactly as stored and exported
     * @param payloadJson the stored JSON payload, in any formatting
     * @throws IllegalArgumentException when the payload is not JSON
     */
    public static String eventHash(
            String previousHash, long sequence, String type, String timestamp, String payloadJson) {
        return sha256Hex(hashInput(previousHash, sequence, type, timestamp, payloadJson));
    }

    /** {@code previousHash \n sequence \n type \n timestamp \n canonicalPayload}, as SPEC section 7 words it. */
    static String hashInput(String previousHash, long sequence, String type, String timestamp, String payloadJson) {
        return previousHash + "\n" + sequence + "\n" + type + "\n" + timestamp + "\n" + canonicalJson(payloadJson);
    }

    /**
     * The {@code metaDataHash} of an event: lowercase hex SHA-256 of {@code hash \n canonicalMetaData},
     * where canonicalMetaData is the event's metadata without its {@code metaDataHash} key, in RFC 8785
     * form. The same function serves the write side (metadata not yet holding the key) and the checks.
     *
     * @throws IllegalArgumentException when the metadata is not a JSON object
     */
    public static String metaDataHash(String hash, String metaDataJson) {
        return metaDataHash(hash, parseObject(metaDataJson));
    }

    /**
     * The {@code metaDataHash} that the write side stores with metadata it has just serialised, which holds
     * none yet: {@link #metaDataHash(String, String)} of it, canonicalised as it is ({@link #canonicalJson}),
     * without taking out a key that is not there.
     *
     * @throws IllegalArgumentException when the metadata is not a JSON object
     */
    public static String metaDataHashToStore(String hash, byte[] metaDataJson) {
        String canonical = canonicalJson(new String(metaDataJson, StandardCharsets.UTF_8));
        if (!canonical.startsWith("{")) {
            throw new IllegalArgumentException("Not a JSON object");
        }
        return sha256Hex(hash + "\n" + canonical);
    }

    static String metaDataHash(String hash, ObjectNode metaData) {
        String canonical = CanonicalTree.write(metaData, ChainMetadata.META_DATA_HASH, 512);
        if (canonical != null) {
            return sha256Hex(hash + "\n" + canonical);
        }
        ObjectNode covered = metaData.deepCopy();
        covered.remove(ChainMetadata.META_DATA_HASH);
        try {
            return sha256Hex(hash + "\n" + canonicalJson(JSON.writeValueAsString(covered)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree could not be written back", e);
        }
    }

    /**
     * The RFC 8785 (JSON Canonicalization Scheme) form of {@code json}: object keys sorted by their
     * UTF-16 code units, no white space, strings escaped minimally, numbers as ECMAScript prints them.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object or array
     */
    public static String canonicalJson(String json) {
        String fromTree = canonicalFromTree(json);
        return fromTree != null ? fromTree : canonicalByReference(json);
    }

    /** The canonical form written from Jackson's parse, or null where the reference must say. */
    private static String canonicalFromTree(String json) {
        if (!startsWithObjectOrArray(json)) {
            return null;
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
        return tree.isContainerNode() ? CanonicalTree.write(tree, null, json.length()) : null;
    }

    /** Whether the first character that is not JSON white space opens an object or an array. */
    private static boolean startsWithObjectOrArray(String json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    private static String canonicalByReference(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Not JSON that can be canonicalised: " + e.getMessage(), e);
        }
    }

    /** Parses stored or exported metadata, which must be one JSON object. */
    static ObjectNode parseObject(String json) {
        JsonNode node;
        try {
            node = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
        }
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException("Not a JSON object");
    }

    static String sha256Hex(String input) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
