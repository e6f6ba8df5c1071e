package org.roundtable.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One line of the NDJSON export: {@code {sequence, type, timestamp, actor, payload, hash, previousHash,
 * metaData}}. The actor and the chain hashes are copied out of the metadata so that a person can check
 * the hash with standard tools; the whole metadata is there so that the verify command can check the
 * metaDataHash too. The same class writes lines and reads them back, so the two cannot disagree.
 */
public final class ExportLine {

    static final String SEQUENCE = "sequence";
    static final String TYPE = "type";
    static final String TIMESTAMP = "timestamp";
    /** The user who acted, copied from the metadata key of the same name. */
    static final String ACTOR = "actor";

    static final String PAYLOAD = "payload";
    static final String HASH = ChainMetadata.HASH;
    static final String PREVIOUS_HASH = ChainMetadata.PREVIOUS_HASH;
    static final String META_DATA = "metaData";

    /** The fields of a line that copy its metadata. */
    private static final List<String> COPIES = List.of(ACTOR, HASH, PREVIOUS_HASH);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode json;

    private ExportLine(ObjectNode json) {
        this.json = json;
    }

    /**
     * The line of a stored event. A payload or metadata that is not JSON (a damaged row) is shown as
     * a JSON string, so that the line stays one line of JSON and the check reports that event.
     */
    public static ExportLine of(StoredEvent event) {
        JsonNode metaData = tree(event.metaData());
        ObjectNode line = JSON.createObjectNode()
                .put(SEQUENCE, event.sequence())
                .put(TYPE, event.type())
                .put(TIMESTAMP, event.timestamp())
                .put(ACTOR, text(metaData.path(ACTOR)));
        line.set(PAYLOAD, tree(event.payload()));
        line.put(HASH, text(metaData.path(HASH)))
                .put(PREVIOUS_HASH, text(metaData.path(PREVIOUS_HASH)))
                .set(META_DATA, metaData);
        return new ExportLine(line);
    }

    /** Reads a line of an export back; refuses text that is not one. */
    static ExportLine parse(String text) {
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (!(json instanceof ObjectNode line)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (!line.path(SEQUENCE).isIntegralNumber()
                || !line.path(TYPE).isTextual()
                || !line.path(TIMESTAMP).isTextual()
                || !line.has(PAYLOAD)
                || !line.has(META_DATA)) {
            throw new IllegalArgumentException(
                    "an export line has a whole sequence, a type and a timestamp, " + "a payload and metaData");
        }
        return new ExportLine(line);
    }

    /** The stored event the line shows. */
    StoredEvent event() {
        return new StoredEvent(
                json.get(SEQUENCE).asLong(),
                json.get(TYPE).textValue(),
                json.get(TIMESTAMP).textValue(),
                jsonText(json.get(PAYLOAD)),
                jsonText(json.get(META_DATA)));
    }

    /** The first field copied from the metadata whose copy differs from it, or null when every copy agrees. */
    String alteredCopy() {
        JsonNode metaData = json.path(META_DATA);
        return COPIES.stream()
                .filter(field -> !Objects.equals(text(json.path(field)), text(metaData.path(field))))
                .findFirst()
                .orElse(null);
    }

    /** The line's JSON text, without the line feed that ends it in an export. */
    @Override
    public String toString() {
        return json.toString();
    }

    /** The JSON of {@code text}, or the text as a JSON string when it is not JSON. */
    private static JsonNode tree(String text) {
        if (text == null) {
            return JSON.nullNode();
        }
        try {
            JsonNode json = JSON.readTree(text);
            return json.isMissingNode() ? JSON.getNodeFactory().textNode(text) : json;
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    /** Back to JSON text; a string stands for stored text that was not JSON, and is that text. */
    private static String jsonText(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
