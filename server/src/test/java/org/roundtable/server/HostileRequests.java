package org.roundtable.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.Phase;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.ProposalKind;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;

/**
 * Hostile requests to every write of the API and every read that takes parameters, generated from a
 * seed. Each starts from a valid request aimed at real ids and is spoilt by one to three mutations,
 * each of which makes the request invalid whatever else it holds, so that no answer may be a success.
 * A mutation that could leave a request valid (a blank optional text, an upper-case UUID, a key in
 * another case that a lenient parser might match) is a mistake of this generator, not of the server.
 */
final class HostileRequests {

    /** Over every text limit of the write side (50,000 characters at most), yet under the 64 KiB body limit. */
    private static final int LARGE_STRING = 60_000;
    /** Sixteen times the body limit: answered 413 whether the length is declared or the body is chunked. */
    private static final int MEGABYTE = 1 << 20;
    /** Far deeper than the parser's limit of 32 levels. */
    private static final int DEEP = 100;

    /** The ids the requests aim at: one partnership with something of each kind. */
    record Target(String partnership, String partner, String proposal, String meeting, String pledge, String lesson) {

        String id(String placeholder) {
            return switch (placeholder) {
                case "partnership" -> partnership;
                case "partner" -> partner;
                case "proposal" -> proposal;
                case "meeting" -> meeting;
                case "pledge" -> pledge;
                case "lesson" -> lesson;
                default -> throw new IllegalArgumentException("No id for {" + placeholder + "}");
            };
        }
    }

    /** A request to send, with the mutations that made it hostile; a null body sends none. */
    record Request(
            String method, String path, byte[] body, String contentType, boolean chunked, List<String> mutations) {

        /** The request as a failing test prints it, a long body cut short. */
        @Override
        public String toString() {
            String shown = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
            if (shown.length() > 300) {
                shown = shown.substring(0, 300) + "... (" + body.length + " bytes)";
            }
            String shownPath = path.length() > 200 ? path.substring(0, 200) + "..." : path;
            return "%s %s [%s%s] %s, after %s"
                    .formatted(method, shownPath, contentType, chunked ? ", chunked" : "", shown, mutations);
        }
    }

    private final Random random;
    private final Target target;

    HostileRequests(long seed, Target target) {
        this.random = new Random(seed);
        this.target = target;
    }

    /** The next hostile request: a write four times in five, else a read with parameters or ids. */
    Request next() {
        return random.nextInt(5) < 4 ? write(pick(WRITES)) : read(pick(READS));
    }

    // ---------------------------------------------------------------------------------------------
    // Values: valid ones to start from, and values that no field of a kind takes

    /**
     * A kind of value in a body: a valid value as raw JSON (given the target's ids) and values none
     * of its fields takes, whether present or not; a required field takes neither null nor, for
     * text, a blank, which {@link #whenRequired} lists.
     */
    private record Kind(Function<Target, String> valid, List<String> invalid, List<String> whenRequired) {

        Kind(Function<Target, String> valid, List<String> invalid) {
            this(valid, invalid, List.of("null"));
        }
    }

    /** A well-formed UUID that names nothing: a partnership, partner or anything else of that id is unknown. */
    private static final String UNKNOWN = "5f0c4d2e-6b1a-4c3e-9a7d-00000000dead";

    /** Big, small and non-finite numbers, each refused wherever it stands: no field takes it. */
    private static final List<String> HUGE_NUMBERS = List.of(
            "1e400",
            "-1e400",
            "1E+1000000000",
            "1e-400",
            "18446744073709551616",
            "-18446744073709551616",
            "1234567890123456789012345678901234567890",
            "0.123456789012345678901234567890",
            "123.456789012345678901234567890");

    /** Tokens that are not JSON at all (the parser allows none of its leniencies). */
    private static final List<String> NOT_JSON_NUMBERS =
            List.of("NaN", "Infinity", "-Infinity", "+1", ".5", "1.", "007", "0x1F", "1e", "--1", "1_000", "undefined");

    /** Values of another JSON type than a string, which a text field refuses rather than coerces. */
    private static final List<String> NOT_STRINGS =
            List.of("42", "-1.5", "true", "false", "{}", "[]", "[\"in a list\"]", "{\"text\": \"in an object\"}");

    private static final List<String> NOT_NUMBERS = List.of(
            "\"5\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"a lot\"", "\"\"", "true", "{}", "[]", "[5]");

    private static final Kind TEXT = new Kind(
            target -> "\"For the river\"",
            concat(
                    NOT_STRINGS,
                    List.of(
                            "\"a NUL \\u0000 inside\"",
                            "\"an unpaired \\ud800 surrogate\"",
                            "\"\\udc00\"",
                            quoted("x".repeat(LARGE_STRING)))),
            List.of("null", "\"\"", "\"   \"", "\"\\t\\r\\n\"", "\"\\u2028\""));

    private static final Kind ID = new Kind(
            target -> quoted(target.partner()),
            concat(
                    NOT_STRINGS,
                    List.of(
                            "\"someone\"",
                            "\"42\"",
                            "\"00000000-0000-0000-0000-00000000000g\"",
                            "\"1-1-1-1-1\"",
                            quoted(UNKNOWN + "0"),
                            quoted(UNKNOWN.replace("-", "")),
                            quoted("{" + UNKNOWN + "}"),
                            "\"\"",
                            "{\"value\": \"%s\"}".formatted(UNKNOWN),
                            // well-formed, but no partner has it
                            quoted(UNKNOWN),
                            "\"00000000-0000-0000-0000-000000000000\"")));

    private static final Kind IDS = new Kind(
            target -> "[\"%s\"]".formatted(target.partner()),
            List.of(
                    "[]",
                    "[null]",
                    "[\"someone\"]",
                    "[42]",
                    "[\"\"]",
                    "{}",
                    quoted(UNKNOWN),
                    "[[\"%s\"]]".formatted(UNKNOWN),
                    "[\"%s\", \"someone\"]".formatted(UNKNOWN),
                    "[\"%s\"]".formatted(UNKNOWN),
                    // more than the 1,000 an attendance list may name
                    IntStream.range(0, 1_001)
                            .mapToObj(i -> quoted(new UUID(0, i).toString()))
                            .collect(Collectors.joining(",", "[", "]"))));

    private static final Kind USERS = new Kind(
            target -> "[\"tester\"]",
            List.of(
                    "[\"\"]",
                    "[\"   \"]",
                    "[null]",
                    "[42]",
                    "[true]",
                    "[{}]",
                    "[[\"tester\"]]",
                    "\"tester\"",
                    "{}",
                    "[\"%s\"]".formatted("u".repeat(201)),
                    "[\"a NUL \\u0000 inside\"]",
                    "[\"tester\", \"\"]"));

    private static final Kind AMOUNT = new Kind(
            target -> "5",
            concat(
                    HUGE_NUMBERS,
                    NOT_NUMBERS,
                    List.of("0", "-0", "0.0", "-5", "-0.000001", "0.0000001", "1234567890.123456", "1E+15")));

    private static final List<String> NOT_WHOLE_NUMBERS =
            concat(HUGE_NUMBERS, NOT_NUMBERS, List.of("0", "-1", "1.5", "60.0", "1E+2", "2147483648", "-2147483649"));

    private static final Kind SECONDS =
            new Kind(target -> "60", concat(NOT_WHOLE_NUMBERS, List.of("86401", "99999999999")));

    private static final Kind VERSION = new Kind(target -> "1", NOT_WHOLE_NUMBERS);

    private static final Kind INSTANT = new Kind(
            target -> "\"2026-03-01T18:00:00Z\"",
            concat(
                    HUGE_NUMBERS,
                    List.of(
                            "\"next Tuesday\"",
                            "\"2026-02-30T18:00:00Z\"",
                            "\"2026-03-01T18:00:00\"",
                            "\"2026-03-01\"",
                            "\"+10000-01-01T00:00:00Z\"",
                            "\"-0001-01-01T00:00:00Z\"",
                            "\"2026-03-01T18:00:00.123456789Z\"",
                            "1772388000",
                            "1772388000.5",
                            "\"1772388000\"",
                            "\"\"",
                            "true",
                            "{}",
                            "[]",
                            "[2026, 3, 1]")));

    private static final Kind FLAG = new Kind(
            target -> "false",
            concat(HUGE_NUMBERS, List.of("\"yes\"", "\"true\"", "\"TRUE\"", "\"\"", "1", "0", "{}", "[]", "[true]")),
            List.of());

    private static final Kind FRACTION = new Kind(
            target -> "0.5",
            concat(HUGE_NUMBERS, NOT_NUMBERS, List.of("0", "-0.2", "1.5", "1.0000001", "0.1234567")),
            List.of());

    /**
     * An enum whose first constant is the valid value, refused unknown, in another case, by index, or
     * of another type. Not listed: a name with spaces around it, which Jackson reads as the name.
     */
    private static Kind oneOf(Enum<?>[] constants) {
        String first = constants[0].name();
        return new Kind(target -> quoted(first), enumMistakes(first));
    }

    private static List<String> enumMistakes(String valid) {
        return List.of(
                "\"NOT_A_VALUE\"",
                quoted(valid.toLowerCase(Locale.ROOT)),
                quoted(valid + "_"),
                quoted(valid.substring(1)),
                "\"\"",
                "0",
                "1",
                "true",
                "{}",
                "[]",
                "[\"%s\"]".formatted(valid),
                "1e400");
    }

    /** The phase of a proposal of another kind than PHASE_CHANGE, which takes none: any phase is refused. */
    private static final Kind NO_PHASE = new Kind(
            target -> "null",
            concat(
                    Arrays.stream(Phase.values())
                            .map(phase -> quoted(phase.name()))
                            .toList(),
                    enumMistakes("SCALE")),
            List.of());

    private static final List<Field> RULE_FIELDS = List.of(
            new Field("method", oneOf(DecisionMethod.values()), true),
            new Field("quorum", FRACTION, false),
            new Field("requireEverySector", FLAG, false));

    /** A decision rule, refused whole or by one of its fields. */
    private static final Kind DECISION_RULE = new Kind(
            HostileRequests::validRule,
            concat(
                    List.of(
                            "\"CONSENT\"",
                            "[]",
                            "5",
                            "true",
                            "[{\"method\": \"CONSENT\"}]",
                            "{}",
                            "{\"method\": null}",
                            "{\"method\": \"CONSENT\", \"quorum\": 0.5, \"colour\": \"blue\"}"),
                    RULE_FIELDS.stream()
                            .flatMap(field -> field.refused().stream().map(value -> ruleWith(field, value)))
                            .toList()));

    private static String validRule(Target target) {
        return ruleWith(null, null);
    }

    /** A decision rule whose {@code field} (when not null) is {@code value}. */
    private static String ruleWith(Field field, String value) {
        return RULE_FIELDS.stream()
                .map(each -> quoted(each.name()) + ": "
                        + (each == field ? value : each.kind().valid().apply(null)))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    // ---------------------------------------------------------------------------------------------
    // Endpoints

    /** A field of a request body: its JSON name, its kind, and whether the write refuses it absent or null. */
    private record Field(String name, Kind kind, boolean required) {

        /** The values this field refuses. */
        List<String> refused() {
            return required ? concat(kind.invalid(), kind.whenRequired()) : kind.invalid();
        }
    }

    /** A query parameter of a read, with values it refuses, written as they go into a URL. */
    private record Param(String name, List<String> refused) {}

    /**
     * A route of the API: a write has body fields (a closure has none, and takes no body at all, so
     * that no body or {@code null} is valid there), a read has query parameters.
     */
    private record Endpoint(String method, String path, List<Field> fields, boolean bodyOptional, List<Param> params) {

        boolean hasIds() {
            return path.contains("{");
        }
    }

    private static Endpoint write(String method, String path, Field... fields) {
        return new Endpoint(method, path, List.of(fields), false, List.of());
    }

    private static Endpoint read(String path, Param... params) {
        return new Endpoint("GET", path, List.of(), false, List.of(params));
    }

    private static final String PARTNERSHIPS = "/api/partnerships";
    private static final String PARTNERSHIP = PARTNERSHIPS + "/{partnership}";

    /**
     * The sequence a write answered is a whole number from 1 up to the stream's length. Not listed:
     * a blank, which Spring reads as none, and what Spring reads as a number: hexadecimal (0x10, #10)
     * and digits with spaces between them (1 0).
     */
    /**
     * The loop of a report over one segment, a whole number from 1, given with its phase; each value is
     * refused alone (the phase is missing) and those joined with a phase are refused with it too: out of
     * range, or a segment the target partnership (loop 1, MOBILIZE) has not been in (404).
     */
    private static final Param LOOP = new Param(
            "loop",
            List.of(
                    "1",
                    "0",
                    "-1",
                    "2147483648",
                    "1.5",
                    "1e400",
                    "NaN",
                    "one",
                    "%00",
                    "0&phase=MOBILIZE",
                    "2&phase=MOBILIZE",
                    "1&phase=SCALE",
                    "1&phase=mobilize"));

    /**
     * The phase of a report over one segment, given with its loop: alone, even a phase is refused. Not listed:
     * a blank, or control characters alone (%00), which Spring's conversion to an enum trims to none, so that
     * the request asks for the whole life.
     */
    private static final Param PHASE = new Param(
            "phase",
            List.of(
                    "MOBILIZE",
                    "SCALE",
                    "mobilize",
                    "PILOT",
                    "0",
                    "%00MOBILIZE",
                    "MOBILIZE&loop=0",
                    "MOBILIZE&loop=-1",
                    "CO_DEVELOP&loop=1",
                    "SCALE&loop=99"));

    private static final Param MIN_SEQUENCE = new Param(
            "minSequence",
            List.of(
                    "0",
                    "-1",
                    "-9223372036854775808",
                    "9223372036854775807",
                    "9223372036854775808",
                    "18446744073709551616",
                    "1e400",
                    "1.5",
                    "NaN",
                    "Infinity",
                    "one",
                    "%2B%2B1",
                    "%00",
                    "9".repeat(40)));

    /** Sequences and tree sizes of a proof: whole numbers from 1, a sequence at most the size, the size at most the stream's. */
    private static final List<String> PROOF_SIZES = List.of(
            "0",
            "-1",
            "9223372036854775807",
            "9223372036854775808",
            "1e400",
            "1.5",
            "NaN",
            "one",
            "%00",
            "9".repeat(40));

    private static final Param SEQUENCE =
            new Param("sequence", concat(PROOF_SIZES, List.of("2&treeSize=1", "1&treeSize=0", "1&treeSize=999999")));

    private static final Param TREE_SIZE =
            new Param("treeSize", concat(PROOF_SIZES, List.of("1&sequence=2", "999999&sequence=1")));

    private static final Param FROM = new Param("from", concat(PROOF_SIZES, List.of("2&to=1", "1&to=999999")));

    private static final Param TO = new Param("to", concat(PROOF_SIZES, List.of("1&from=2", "999999&from=1")));

    private static final List<Endpoint> WRITES = writes();
    private static final List<Endpoint> READS = reads();

    private static List<Endpoint> writes() {
        Field partnerId = new Field("partnerId", ID, true);
        Field reason = new Field("reason", TEXT, true);
        Field user = new Field("user", TEXT, true);
        return List.of(
                write(
                        "POST",
                        PARTNERSHIPS,
                        new Field("name", TEXT, true),
                        new Field("purpose", TEXT, true),
                        new Field("decisionRule", DECISION_RULE, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/partners",
                        new Field("name", TEXT, true),
                        new Field("sector", oneOf(Sector.values()), true),
                        new Field("representatives", USERS, false)),
                write("POST", PARTNERSHIP + "/partners/{partner}/withdrawal", reason),
                write("PUT", PARTNERSHIP + "/partners/{partner}/representatives", new Field("users", USERS, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/proposals",
                        partnerId,
                        new Field("kind", oneOf(ProposalKind.values()), true),
                        new Field("title", TEXT, true),
                        new Field("text", TEXT, true),
                        new Field("targetPhase", NO_PHASE, false)),
                write(
                        "POST",
                        PARTNERSHIP + "/proposals/{proposal}/votes",
                        partnerId,
                        new Field("choice", oneOf(VoteChoice.values()), true),
                        new Field("rationale", TEXT, false)),
                new Endpoint("POST", PARTNERSHIP + "/proposals/{proposal}/closure", List.of(), true, List.of()),
                write("PUT", PARTNERSHIP + "/contract", new Field("terms", TEXT, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/contract/signatures",
                        partnerId,
                        new Field("version", VERSION, true),
                        new Field("signatory", TEXT, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/pledges",
                        partnerId,
                        new Field("kind", oneOf(PledgeKind.values()), true),
                        new Field("amount", AMOUNT, true),
                        new Field("unit", TEXT, true),
                        new Field("description", TEXT, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/pledges/{pledge}/deliveries",
                        new Field("amount", AMOUNT, true),
                        new Field("note", TEXT, false)),
                write("POST", PARTNERSHIP + "/pledges/{pledge}/withdrawal", reason),
                write(
                        "POST",
                        PARTNERSHIP + "/meetings",
                        new Field("title", TEXT, true),
                        new Field("heldAt", INSTANT, true)),
                write("POST", PARTNERSHIP + "/meetings/{meeting}/attendance", new Field("partnerIds", IDS, true)),
                // any text of the generator is no verifier key, so a witness is always refused
                write(
                        "POST",
                        PARTNERSHIP + "/witnesses",
                        new Field("name", TEXT, true),
                        new Field("verifierKey", TEXT, true)),
                write(
                        "POST",
                        PARTNERSHIP + "/meetings/{meeting}/contributions",
                        partnerId,
                        new Field("seconds", SECONDS, true),
                        new Field("topic", TEXT, false)),
                write(
                        "POST",
                        PARTNERSHIP + "/lessons",
                        partnerId,
                        new Field("phase", oneOf(Phase.values()), false),
                        new Field("title", TEXT, true),
                        new Field("text", TEXT, true)),
                write("POST", PARTNERSHIP + "/coordinators", user),
                write("DELETE", PARTNERSHIP + "/coordinators", user),
                write("POST", PARTNERSHIP + "/auditors", user),
                write("DELETE", PARTNERSHIP + "/auditors", user));
    }

    private static List<Endpoint> reads() {
        Param page = new Param("page", List.of("-1", "first", "2147483648", "1e400", "NaN", "0.5", "%00"));
        Param size = new Param("size", List.of("0", "-1", "101", "2147483648", "1e400", "NaN", "twenty", "0x65"));
        Param asOf = new Param(
                "asOf",
                List.of(
                        "yesterday",
                        "2026-02-30T00:00:00Z",
                        "2026-03-01T18:00:00",
                        "2026-03-01",
                        "1e400",
                        "NaN",
                        "%00",
                        "2026-13-01T00:00:00Z",
                        "%2B1000000001-01-01T00:00:00Z",
                        // long before the partnership was formed: none existed then (404)
                        "1970-01-01T00:00:00Z"));
        return List.of(
                read(PARTNERSHIPS, page, size),
                read(PARTNERSHIP, MIN_SEQUENCE),
                read(PARTNERSHIP, asOf),
                read(PARTNERSHIP + "/partners/{partner}", MIN_SEQUENCE),
                read(PARTNERSHIP + "/proposals/{proposal}", MIN_SEQUENCE),
                read(PARTNERSHIP + "/proposals/{proposal}/trail"),
                read(PARTNERSHIP + "/decisions", MIN_SEQUENCE),
                read(PARTNERSHIP + "/lessons", MIN_SEQUENCE),
                read(PARTNERSHIP + "/lessons/{lesson}", MIN_SEQUENCE),
                read(PARTNERSHIP + "/meetings/{meeting}", MIN_SEQUENCE),
                read(PARTNERSHIP + "/pledges/{pledge}", MIN_SEQUENCE),
                read(PARTNERSHIP + "/participation", MIN_SEQUENCE, LOOP, PHASE),
                read(PARTNERSHIP + "/power-balance", MIN_SEQUENCE, LOOP, PHASE),
                read(PARTNERSHIP + "/trends", MIN_SEQUENCE),
                read(PARTNERSHIP + "/commitments", MIN_SEQUENCE),
                read(PARTNERSHIP + "/events"),
                read(PARTNERSHIP + "/audit"),
                read(PARTNERSHIP + "/checkpoint"),
                read(PARTNERSHIP + "/witnesses", MIN_SEQUENCE),
                read(PARTNERSHIP + "/proofs/inclusion", SEQUENCE, TREE_SIZE),
                read(PARTNERSHIP + "/proofs/consistency", FROM, TO),
                read(PARTNERSHIP + "/receipts/999999"));
    }

    /** Path segments that are not UUIDs, or UUIDs of nothing there, written as they go into a URL. */
    private static final List<String> BAD_PATH_IDS = List.of(
            "not-a-uuid",
            "42",
            "null",
            "undefined",
            "00000000-0000-0000-0000-00000000000g",
            UNKNOWN + "0",
            UNKNOWN.replace("-", ""),
            "%7B" + UNKNOWN + "%7D",
            "%20",
            "%00",
            "%2F",
            "%5C",
            "%FF",
            "%C3%A9",
            "..%2F..",
            "x;a=b",
            UNKNOWN,
            "1-1-1-1-1",
            "0".repeat(5_000),
            "9".repeat(9_000));

    // ---------------------------------------------------------------------------------------------
    // Requests

    /** A request being spoilt: its parts, which the mutations change one after another. */
    private final class Draft {
        final Endpoint endpoint;
        String method;
        String path;
        final List<String[]> members = new ArrayList<>();
        String text;
        byte[] bytes;
        String contentType = "application/json";
        boolean chunked;
        final List<String> mutations = new ArrayList<>();

        Draft(Endpoint endpoint) {
            this.endpoint = endpoint;
            this.method = endpoint.method();
            this.path = endpoint.path();
            for (Field field : endpoint.fields()) {
                members.add(new String[] {field.name(), field.kind().valid().apply(target)});
            }
        }

        Field anyField() {
            return pick(endpoint.fields());
        }

        void set(String name, String value) {
            members.stream()
                    .filter(member -> member[0].equals(name))
                    .findFirst()
                    .ifPresentOrElse(member -> member[1] = value, () -> members.add(new String[] {name, value}));
        }

        /** A field's name, or a name no body has, for the mutations that spoil any member. */
        String anyMemberName() {
            return endpoint.fields().isEmpty() || random.nextInt(4) == 0
                    ? "colour"
                    : anyField().name();
        }

        String serialized() {
            return members.stream()
                    .map(member -> quoted(member[0]) + ": " + member[1])
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /**
     * The parts of a request the mutations change, in the order they change them: the body's members,
     * its text once written (cut short first, so that nothing cut off was the only fault), its bytes
     * once encoded, and how it is sent.
     */
    private enum Stage {
        MEMBERS,
        TRUNCATION,
        TEXT,
        BYTES,
        TRANSPORT
    }

    /**
     * A way to spoil a request: the stage it changes, how often it is chosen against the others, the
     * endpoints it applies to, and what it does to a draft, answering how it says so.
     */
    private record Mutation(
            Stage stage, int weight, Predicate<Endpoint> applies, BiFunction<HostileRequests, Draft, String> apply) {}

    private static final List<Mutation> BODY_MUTATIONS = List.of(
            // a value the field refuses: of another type, out of range, blank, unknown, null when required
            new Mutation(Stage.MEMBERS, 8, endpoint -> !endpoint.fields().isEmpty(), (requests, draft) -> {
                Field field = draft.anyField();
                String value = requests.pick(field.refused());
                draft.set(field.name(), value);
                return "%s = %s".formatted(field.name(), abbreviated(value));
            }),
            // a required field left out
            new Mutation(
                    Stage.MEMBERS,
                    2,
                    endpoint -> endpoint.fields().stream().anyMatch(Field::required),
                    (requests, draft) -> {
                        Field field = requests.pick(draft.endpoint.fields().stream()
                                .filter(Field::required)
                                .toList());
                        draft.members.removeIf(member -> member[0].equals(field.name()));
                        return "no " + field.name();
                    }),
            // a field the body does not have
            new Mutation(Stage.MEMBERS, 2, endpoint -> true, (requests, draft) -> {
                String name = requests.pick(List.of(
                        "colour",
                        "id",
                        "partnershipId",
                        "",
                        "__proto__",
                        "$where",
                        "name ",
                        "NAME",
                        "Title",
                        "partner_id"));
                boolean known = draft.endpoint.fields().stream()
                        .anyMatch(field -> field.name().equals(name));
                String unknown = known ? name + "2" : name;
                draft.members.add(new String[] {unknown, "\"blue\""});
                return "unknown field '" + unknown + "'";
            }),
            // a field given twice, the second time with a valid value
            new Mutation(Stage.MEMBERS, 2, endpoint -> !endpoint.fields().isEmpty(), (requests, draft) -> {
                Field field = draft.anyField();
                String[] member = {field.name(), field.kind().valid().apply(requests.target)};
                if (draft.members.stream().noneMatch(present -> present[0].equals(field.name()))) {
                    draft.members.add(member);
                }
                draft.members.add(member.clone());
                return field.name() + " twice";
            }),
            // nesting far deeper than the parser allows
            new Mutation(Stage.MEMBERS, 2, endpoint -> true, (requests, draft) -> {
                String name = draft.anyMemberName();
                boolean arrays = requests.random.nextBoolean();
                draft.set(
                        name,
                        arrays
                                ? "[".repeat(DEEP) + "]".repeat(DEEP)
                                : "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP));
                return "%d-deep %s in %s".formatted(DEEP, arrays ? "arrays" : "objects", name);
            }),
            // a string sixteen times the body limit (413), sent with its length or chunked
            new Mutation(Stage.MEMBERS, 1, endpoint -> true, (requests, draft) -> {
                String name = draft.anyMemberName();
                boolean wide = requests.random.nextBoolean();
                // 'é' is two bytes in UTF-8: half as many characters for the same megabyte
                draft.set(name, quoted(wide ? "é".repeat(MEGABYTE / 2) : "m".repeat(MEGABYTE)));
                draft.chunked = requests.random.nextBoolean();
                return "1 MB string in " + name;
            }),
            // a string over every text limit, within the body limit
            new Mutation(Stage.MEMBERS, 2, endpoint -> true, (requests, draft) -> {
                String name = draft.anyMemberName();
                draft.set(name, quoted("l".repeat(LARGE_STRING)));
                return "60 kB string in " + name;
            }),
            // a number no field takes
            new Mutation(Stage.MEMBERS, 3, endpoint -> true, (requests, draft) -> {
                String name = draft.anyMemberName();
                String number = requests.pick(HUGE_NUMBERS);
                draft.set(name, number);
                return "%s = %s".formatted(name, number);
            }),
            // a token that JSON does not have
            new Mutation(Stage.MEMBERS, 2, endpoint -> true, (requests, draft) -> {
                String name = draft.anyMemberName();
                String token = requests.pick(NOT_JSON_NUMBERS);
                draft.set(name, token);
                return "%s = %s".formatted(name, token);
            }),
            // the body cut short
            new Mutation(Stage.TRUNCATION, 3, endpoint -> true, (requests, draft) -> {
                // any proper prefix of an object is unfinished, the empty one aside
                int length = 1 + requests.random.nextInt(draft.text.length() - 1);
                draft.text = draft.text.substring(0, length);
                return "truncated to " + length + " characters";
            }),
            // what JSON is not: single quotes, a trailing comma, a comment, a key without quotes
            new Mutation(
                    Stage.TEXT,
                    2,
                    endpoint -> !endpoint.fields().isEmpty(),
                    (requests, draft) -> switch (requests.random.nextInt(4)) {
                        case 0 -> {
                            draft.text = draft.text.replace('"', '\'');
                            yield "single quotes";
                        }
                        case 1 -> {
                            int end = draft.text.lastIndexOf('}');
                            draft.text = end < 0
                                    ? draft.text + ","
                                    : draft.text.substring(0, end) + "," + draft.text.substring(end);
                            yield "trailing comma";
                        }
                        case 2 -> {
                            draft.text = draft.text.charAt(0) + "/* a comment */" + draft.text.substring(1);
                            yield "comment";
                        }
                        default -> {
                            draft.text = draft.text.replaceFirst("\"([^\"]*)\":", "$1:");
                            yield "unquoted key";
                        }
                    }),
            // a body that is not one object
            new Mutation(Stage.TEXT, 2, endpoint -> true, (requests, draft) -> {
                List<String> bodies = draft.endpoint.bodyOptional()
                        ? List.of("[" + draft.text + "]", "\"a string\"", "42", "true", "[]", "{}{}")
                        : List.of("[" + draft.text + "]", "\"a string\"", "42", "true", "[]", "null", "{}{}");
                draft.text = requests.pick(bodies);
                return "body " + abbreviated(draft.text);
            }),
            // something after the object
            new Mutation(Stage.TEXT, 2, endpoint -> true, (requests, draft) -> {
                // a brace after a body cut short would finish it again, making a sound request
                List<String> choices = List.of(" x", "}", "]", ",", " null", "{}", " \"more\"", ";");
                String garbage = requests.pick(
                        isJson(draft.text)
                                ? choices
                                : choices.stream()
                                        .filter(choice -> !choice.equals("}"))
                                        .toList());
                draft.text += garbage;
                return "followed by '" + garbage.strip() + "'";
            }),
            // a raw control character anywhere
            new Mutation(Stage.TEXT, 2, endpoint -> true, (requests, draft) -> {
                // raw, unescaped; tab, line feed and carriage return are whitespace between tokens
                List<Character> controls = IntStream.range(0, 0x20)
                        .filter(c -> c != '\t' && c != '\n' && c != '\r')
                        .mapToObj(c -> (char) c)
                        .toList();
                char control = requests.pick(controls);
                int at = requests.random.nextInt(draft.text.length() + 1);
                draft.text = draft.text.substring(0, at) + control + draft.text.substring(at);
                return "U+%04X at %d".formatted((int) control, at);
            }),
            // bytes that are not UTF-8, inside a string where a lenient decoder would read them as text
            new Mutation(Stage.BYTES, 3, endpoint -> true, (requests, draft) -> {
                // lone continuation, bytes never in UTF-8, overlong forms (of NUL, 'A', DEL), an encoded
                // surrogate, code points over U+10FFFF, and sequences cut short
                int[] sequence = requests.pick(List.of(
                        new int[] {0x80},
                        new int[] {0xBF},
                        new int[] {0xFF},
                        new int[] {0xFE},
                        new int[] {0xC0, 0x80},
                        new int[] {0xC1, 0x81},
                        new int[] {0xC1, 0xBF},
                        new int[] {0xE0, 0x81, 0x81},
                        new int[] {0xF0, 0x80, 0x81, 0x81},
                        new int[] {0xED, 0xA0, 0x80},
                        new int[] {0xF4, 0x90, 0x80, 0x80},
                        new int[] {0xF5, 0x80, 0x80, 0x80},
                        new int[] {0xC3},
                        new int[] {0xE2, 0x82}));
                int at = requests.insideAString(draft.bytes);
                ByteArrayOutputStream spoilt = new ByteArrayOutputStream();
                spoilt.write(draft.bytes, 0, at);
                Arrays.stream(sequence).forEach(spoilt::write);
                spoilt.write(draft.bytes, at, draft.bytes.length - at);
                draft.bytes = spoilt.toByteArray();
                return Arrays.stream(sequence)
                        .mapToObj("%02X"::formatted)
                        .collect(Collectors.joining(" ", "bytes ", " at " + at));
            }),
            // a Content-Type that is not JSON
            new Mutation(Stage.TRANSPORT, 3, endpoint -> true, (requests, draft) -> {
                // not a JSON type: application/*+json is JSON to Spring, and a charset is read as told
                draft.contentType = requests.pick(Arrays.asList(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data",
                        "multipart/form-data; boundary=x",
                        "application/octet-stream",
                        "application/jsonx",
                        "text/json",
                        "application",
                        "json",
                        "application/json/x",
                        "*/*",
                        ";",
                        null));
                return "Content-Type " + draft.contentType;
            }),
            // no body at all
            new Mutation(Stage.TRANSPORT, 2, endpoint -> !endpoint.bodyOptional(), (requests, draft) -> {
                draft.bytes = requests.random.nextBoolean() ? new byte[0] : null;
                return draft.bytes == null ? "no body" : "an empty body";
            }),
            // a method the route does not take
            new Mutation(Stage.TRANSPORT, 1, endpoint -> true, (requests, draft) -> {
                draft.method = "PATCH";
                return "PATCH";
            }),
            // an id in the path that is not a UUID, or names nothing
            new Mutation(Stage.TRANSPORT, 3, Endpoint::hasIds, HostileRequests::spoilAnId));

    private Request write(Endpoint endpoint) {
        Draft draft = new Draft(endpoint);
        List<Mutation> chosen = choose(BODY_MUTATIONS.stream()
                .filter(mutation -> mutation.applies().test(endpoint))
                .toList());
        for (Stage stage : Stage.values()) {
            if (stage == Stage.TRUNCATION) {
                draft.text = draft.serialized();
            }
            if (stage == Stage.BYTES) {
                draft.bytes = draft.text.getBytes(StandardCharsets.UTF_8);
            }
            chosen.stream()
                    .filter(mutation -> mutation.stage() == stage)
                    .forEach(mutation -> draft.mutations.add(mutation.apply().apply(this, draft)));
        }
        if (draft.bytes != null && draft.bytes.length > 0 && random.nextInt(10) == 0) {
            draft.chunked = true;
        }
        return new Request(
                draft.method,
                resolve(draft.path),
                draft.bytes,
                draft.contentType,
                draft.chunked,
                List.copyOf(draft.mutations));
    }

    private Request read(Endpoint endpoint) {
        Draft draft = new Draft(endpoint);
        List<String> query = new ArrayList<>();
        boolean spoilId = endpoint.hasIds() && (endpoint.params().isEmpty() || random.nextInt(3) == 0);
        if (spoilId) {
            draft.mutations.add(spoilAnId(this, draft));
        }
        if (!endpoint.params().isEmpty() && (!spoilId || random.nextBoolean())) {
            Param param = pick(endpoint.params());
            String value = pick(param.refused());
            query.add(param.name() + "=" + value);
            draft.mutations.add(param.name() + " = " + abbreviated(value));
        }
        String path = resolve(draft.path) + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new Request("GET", path, null, null, false, List.copyOf(draft.mutations));
    }

    private static String spoilAnId(HostileRequests requests, Draft draft) {
        Matcher placeholders = PLACEHOLDER.matcher(draft.path);
        List<String> names =
                placeholders.results().map(result -> result.group(1)).toList();
        String name = requests.pick(names);
        String id = requests.pick(BAD_PATH_IDS);
        draft.path = draft.path.replace("{" + name + "}", id);
        return "{%s} = %s".formatted(name, abbreviated(id));
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private String resolve(String path) {
        return PLACEHOLDER.matcher(path).replaceAll(result -> target.id(result.group(1)));
    }

    /** One to three mutations of different kinds, each as likely as its weight. */
    private List<Mutation> choose(List<Mutation> applicable) {
        List<Mutation> left = new ArrayList<>(applicable);
        List<Mutation> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (chosen.size() < count && !left.isEmpty()) {
            int ticket = random.nextInt(left.stream().mapToInt(Mutation::weight).sum());
            for (Mutation mutation : left) {
                ticket -= mutation.weight();
                if (ticket < 0) {
                    chosen.add(mutation);
                    left.remove(mutation);
                    break;
                }
            }
        }
        return chosen;
    }

    /** A byte position just inside a string of the body, where bytes that are not UTF-8 are read as text. */
    private int insideAString(byte[] body) {
        List<Integer> quotes = IntStream.range(0, body.length)
                .filter(i -> body[i] == '"')
                .boxed()
                .toList();
        return quotes.isEmpty() ? random.nextInt(body.length + 1) : pick(quotes) + 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quoted(String text) {
        return '"' + text + '"';
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 40) + "...(" + text.length() + " characters)";
    }

    /** Whether {@code text} is one whole JSON value. */
    private static boolean isJson(String text) {
        try {
            new ObjectMapper().readTree(text);
            return true;
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
