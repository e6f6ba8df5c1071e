package org.roundtable.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/** The canonical form written from a parsed tree is the reference's, byte for byte, or the reference decides. */
class CanonicalTreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CHARACTERS =
            "aZ09 _-\"\\/\n\r\t\b\f\u0000\u0001\u001f\u007f\u00e9\u20ac\ud83d\ude00\ud800";

    @Test
    void randomDocumentsCanonicaliseAsTheReferenceDoes() throws Exception {
        Random random = new Random(18);
        for (int document = 0; document < 5_000; document++) {
            ObjectNode tree = object(random, 0);
            String text = random.nextBoolean()
                    ? JSON.writeValueAsString(tree)
                    : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

            assertThat(HashChain.canonicalJson(text)).as(text).isEqualTo(reference(text));
        }
    }

    @Test
    void randomMetadataHashesAsItsRoundTripThroughTheReferenceDid() throws Exception {
        Random random = new Random(53);
        for (int document = 0; document < 5_000; document++) {
            ObjectNode metaData = object(random, 0);
            metaData.put(ChainMetadata.META_DATA_HASH, "ab".repeat(32));
            ObjectNode covered = metaData.deepCopy();
            covered.remove(ChainMetadata.META_DATA_HASH);
            String before = HashChain.sha256Hex("h\n" + reference(JSON.writeValueAsString(covered)));

            assertThat(HashChain.metaDataHash("h", metaData))
                    .as(metaData.toString())
                    .isEqualTo(before);
        }
    }

    @Test
    void textTheTreeCannotSpeakForIsTheReferencesToJudge() {
        for (String text : List.of(
                "{\"a\":1} trailing",
                "{\"a\":1,\"a\":2}",
                "\ufeff{\"a\":1}",
                "{\"a\":1.0,\"b\":1e2,\"c\":-0.0,\"d\":0.1}",
                "{\"big\":9007199254740993,\"bigger\":123456789012345678901234567890}",
                "{\"negative\":-9007199254740992,\"zero\":-0}",
                "[1,\"two\",[true,false,null],{}]",
                "  \n{\"spaced\" : [ 1 , 2 ] }  ")) {
            String reference;
            try {
                reference = reference(text);
            } catch (Exception refused) {
                reference = "refused";
            }
            String fromTree;
            try {
                fromTree = HashChain.canonicalJson(text);
            } catch (IllegalArgumentException refused) {
                fromTree = "refused";
            }
            assertThat(fromTree).as(text).isEqualTo(reference);
        }
    }

    private static String reference(String text) throws Exception {
        return new JsonCanonicalizer(text).getEncodedString();
    }

    private static ObjectNode object(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int fields = random.nextInt(6);
        for (int i = 0; i < fields; i++) {
            object.set(text(random), value(random, depth + 1));
        }
        return object;
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> NODES.textNode(text(random));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.numberNode(random.nextLong() >> random.nextInt(64));
            case 3 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> NODES.booleanNode(random.nextBoolean());
            case 5 -> NODES.nullNode();
            case 6 -> object(random, depth);
            default -> array(random, depth);
        };
    }

    private static ArrayNode array(Random random, int depth) {
        ArrayNode array = NODES.arrayNode();
        int elements = random.nextInt(5);
        for (int i = 0; i < elements; i++) {
            array.add(value(random, depth + 1));
        }
        return array;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
