package org.roundtable.query.support;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Rows of column values as a JSON array of objects, for PostgreSQL to read with
 * {@code jsonb_populate_recordset}: numbers and booleans as themselves, every other value (a UUID, a text,
 * an {@code OffsetDateTime}) as the string PostgreSQL reads into its column's type.
 */
final class JsonRows {

    private JsonRows() {}

    static String of(Collection<? extends Map<String, ?>> rows) {
        StringBuilder json = new StringBuilder(rows.size() * 128).append('[');
        for (Map<String, ?> row : rows) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('{');
            boolean first = true;
            for (Map.Entry<String, ?> column : row.entrySet()) {
                if (!first) {
                    json.append(',');
                }
                first = false;
                string(json, column.getKey());
                json.append(':');
                value(json, column.getValue());
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal decimal) {
            json.append(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            json.append(value);
        } else {
            string(json, value.toString());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
