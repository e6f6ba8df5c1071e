package org.roundtable.server.pages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write figures: shares as percentages with one decimal and indexes with two, in the page's
 * language; instants to the second in UTC, which is how the events record them.
 */
@Component("pageFormat")
public class PageFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    /** For a {@code datetime-local} field: the instant in UTC to the minute. */
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A share as a percentage with one decimal, {@code 12.5 %} (in Dutch {@code 12,5 %}). */
    public String percent(double share) {
        return String.format(LocaleContextHolder.getLocale(), "%.1f %%", share * 100);
    }

    /** A Gini index, or any figure from 0 to 1 that is read as one, with two decimals. */
    public String index(double value) {
        return String.format(LocaleContextHolder.getLocale(), "%.2f", value);
    }

    /** An amount as pledged, without trailing zeros and without an exponent. */
    public String amount(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    public String field(Instant instant) {
        return instant == null ? "" : FIELD.format(instant.atOffset(ZoneOffset.UTC));
    }
}
