package org.roundtable.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.PledgeUnits;
import org.roundtable.api.RuleViolation;
import org.roundtable.audit.tlog.NoteVerifier;

/**
 * The input rules that hold whatever the state: required values, text lengths, amounts and other
 * numbers, speaking seconds, instants, indicator definitions. The write side checks them itself, so
 * every way in (HTTP or otherwise) gets the same answer, naming the field.
 */
final class Require {

    static final int NAME_LENGTH = 200;
    static final int SHORT_TEXT_LENGTH = 2_000;
    static final int LONG_TEXT_LENGTH = 20_000;
    static final int CONTRACT_TERMS_LENGTH = 50_000;
    static final int UNIT_LENGTH = 50;

    private Require() {}

    static <T> T present(T value, String field) {
        if (value == null) {
            throw invalid(field, field + " is required");
        }
        return value;
    }

    /** A required whole number of 1 or more, such as a contract version. */
    static int positive(Integer value, String field) {
        present(value, field);
        if (value < 1) {
            throw invalid(field, field + " must be a whole number of 1 or more, was " + value);
        }
        return value;
    }

    /** A required text: present, not blank, at most {@code maxLength} characters; answered stripped. */
    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " must not be blank");
        }
        return optionalText(value, field, maxLength);
    }

    /**
     * A C2SP signed-note Ed25519 verifier key, {@code <name>+<key id>+<base64(0x01 ‖ public key)>}, whose key id
     * is the one its name and key give: the form the witnesses' cosignatures are checked with.
     */
    static NoteVerifier verifierKey(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field, field + " must not be blank");
        }
        try {
            return NoteVerifier.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(
                    field,
                    field + " must be a signed-note Ed25519 verifier key <name>+<8 hex digits key id>+<base64 of"
                            + " 0x01 and the 32-byte public key>: " + e.getMessage());
        }
    }

    /** An optional text: null or blank becomes null; otherwise at most {@code maxLength} characters. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw invalid(field, field + " must be at most " + maxLength + " characters");
        }
        requireStorable(stripped, field);
        return stripped;
    }

    /**
     * PostgreSQL cannot store U+0000 in a text column, so one such event would stop its view for
     * every partnership; and an unpaired surrogate has no UTF-8 form, so no RFC 8785 tool could
     * re-hash the event. Both are refused here, before any event is recorded.
     */
    private static void requireStorable(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw invalid(field, field + " must not contain the NUL character (U+0000)");
            }
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!pair) {
                    throw invalid(field, field + " must be valid Unicode: it has an unpaired surrogate at " + i);
                }
                i++;
            }
        }
    }

    /** A user name as the server's authentication names users, such as a coordinator to appoint. */
    static String user(String value, String field) {
        return text(value, field, NAME_LENGTH);
    }

    /** User names, each checked as {@link #user}, the same one listed twice kept once; null is none. */
    static List<String> users(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        Set<String> users = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            users.add(user(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(users);
    }

    /** Decimal places of a quorum: plenty for any electorate, and a number every store and view can hold. */
    static final int QUORUM_DECIMALS = 6;

    /** The quorum is a fraction of the electorate in (0, 1]. */
    static BigDecimal quorum(BigDecimal quorum, String field) {
        present(quorum, field);
        if (quorum.signum() <= 0 || quorum.compareTo(BigDecimal.ONE) > 0) {
            // Not toPlainString: 1E+1000000000 written out is a gigabyte, and would take the server down.
            throw invalid(field, field + " must be greater than 0 and at most 1, was " + quorum);
        }
        // An unbounded scale (1E-20000) would pass the range check yet overflow PostgreSQL's numeric.
        if (quorum.stripTrailingZeros().scale() > QUORUM_DECIMALS) {
            throw invalid(field, field + " must have at most " + QUORUM_DECIMALS + " decimal places");
        }
        return quorum;
    }

    /** Decimal places of a number such as an amount or a measurement: a micro-unit is finer than any needs. */
    static final int NUMBER_DECIMALS = 6;
    /** Digits of a number written out in full: what an IEEE double, and so every JSON tool, holds exactly. */
    static final int NUMBER_DIGITS = 15;

    /** A pledged or delivered amount: a positive {@link #number}. */
    static BigDecimal amount(BigDecimal amount, String field) {
        present(amount, field);
        if (amount.signum() <= 0) {
            throw invalid(field, field + " must be greater than 0, was " + amount);
        }
        return number(amount, field);
    }

    /**
     * A required number of any sign, such as a measurement or an indicator's baseline, with at most
     * {@value #NUMBER_DECIMALS} decimal places and {@value #NUMBER_DIGITS} digits written out in full (as it
     * is stored: 1E+20 is 21 digits), so that every JSON tool and the RFC 8785 form that the audit chain
     * hashes read it exactly. Answered {@link #normalised}.
     */
    static BigDecimal number(BigDecimal number, String field) {
        present(number, field);
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > NUMBER_DECIMALS) {
            throw invalid(field, field + " must have at most " + NUMBER_DECIMALS + " decimal places");
        }
        // The zeros of a whole number count (1E+15 is 16 digits written out); long, as a scale may be -2^31.
        long digits = stripped.precision() - (long) Math.min(stripped.scale(), 0);
        if (digits > NUMBER_DIGITS) {
            throw invalid(
                    field,
                    field + " must have at most " + NUMBER_DIGITS
                            + " digits when written out in full without an exponent, as it is stored; was " + number);
        }
        return normalised(stripped);
    }

    /** The one written form of a number: no trailing zeros and no exponent (1000, not 1000.00 or 1E+3). */
    static BigDecimal normalised(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The longest speaking turn: a day; a longer one is a typo. */
    static final int MAX_SPEAKING_SECONDS = 86_400;

    /** The length of a speaking turn: a whole number of seconds from 1 to {@value #MAX_SPEAKING_SECONDS}. */
    static int speakingSeconds(Integer seconds, String field) {
        positive(seconds, field);
        if (seconds > MAX_SPEAKING_SECONDS) {
            throw invalid(field, field + " must be at most " + MAX_SPEAKING_SECONDS + " (a day), was " + seconds);
        }
        return seconds;
    }

    /**
     * A pledge's unit: a required text of at most {@value #UNIT_LENGTH} characters; a unit of
     * {@link PledgeUnits#CANONICAL} in any casing ({@code eur}) is answered in its canonical spelling.
     */
    static String unit(String unit, String field) {
        String given = text(unit, field, UNIT_LENGTH);
        return PledgeUnits.CANONICAL.stream()
                .filter(given::equalsIgnoreCase)
                .findFirst()
                .orElse(given);
    }

    /**
     * What an INDICATOR proposal defines: a {@code name} as a title, a {@code unit} as a pledge's, and a
     * {@code baseline} and a {@code target} that are {@link #number}s and differ (progress divides by their
     * difference). Answered with each part in its one written form; each refusal names its part
     * ({@code indicator.target}).
     */
    static IndicatorDefinition indicator(IndicatorDefinition indicator, String field) {
        String name = text(indicator.name(), field + ".name", NAME_LENGTH);
        String unit = unit(indicator.unit(), field + ".unit");
        BigDecimal baseline = number(indicator.baseline(), field + ".baseline");
        BigDecimal target = number(indicator.target(), field + ".target");
        if (baseline.compareTo(target) == 0) {
            throw invalid(
                    field + ".target",
                    field + ".target must differ from " + field + ".baseline: progress runs from the one to the "
                            + "other, both were " + target);
        }
        return new IndicatorDefinition(name, unit, baseline, target);
    }

    /** Partners one attendance list may name: more than any forum seats, few enough for one event. */
    static final int MAX_LISTED_PARTNERS = 1_000;

    /** A required list of 1 to {@code maxSize} ids, none null; answered without repeats, in the order given. */
    static <T> Set<T> distinctIds(List<T> ids, String field, int maxSize) {
        if (ids == null || ids.isEmpty()) {
            throw invalid(field, field + " must list at least one id");
        }
        if (ids.size() > maxSize) {
            throw invalid(field, field + " must list at most " + maxSize + " ids, listed " + ids.size());
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw invalid(field, field + " must not contain null");
        }
        return new LinkedHashSet<>(ids);
    }

    /** Indicators one proposal may cite: more than any decision weighs, few enough for one event. */
    static final int MAX_CITED_INDICATORS = 100;

    /** An optional list of ids, checked as {@link #distinctIds} unless it is null or empty, which is none. */
    static <T> Set<T> optionalDistinctIds(List<T> ids, String field, int maxSize) {
        return ids == null || ids.isEmpty() ? Set.of() : distinctIds(ids, field, maxSize);
    }

    /** The instants accepted: ISO-8601's four-digit years, which every store, view and JSON tool reads alike. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /**
     * A required instant in the years 1 to 9999, past or future, to the microsecond at most: PostgreSQL
     * keeps microseconds, so a finer instant would read back other than the event records it.
     */
    static Instant instant(Instant instant, String field) {
        present(instant, field);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw invalid(field, field + " must lie in the years 1 to 9999, was " + instant);
        }
        if (instant.getNano() % 1_000 != 0) {
            throw invalid(field, field + " must not be more precise than a microsecond, was " + instant);
        }
        return instant;
    }

    /** An {@link #instant} not after {@code moment}, such as an observation, which cannot be of the future. */
    static Instant instantNotAfter(Instant instant, Instant moment, String field) {
        instant(instant, field);
        if (instant.isAfter(moment)) {
            throw invalid(
                    field, field + " must not be after the moment it is recorded, " + moment + "; was " + instant);
        }
        return instant;
    }

    static RuleViolation invalid(String field, String detail) {
        return new RuleViolation(ErrorCode.INVALID_VALUE, field, detail);
    }
}
