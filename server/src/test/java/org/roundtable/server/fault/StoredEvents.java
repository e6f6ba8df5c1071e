package org.roundtable.server.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.testsupport.PrivateCluster;

/**
 * The events of the private PostgreSQL, read straight from the event store's table (no server in
 * between to hide a duplicate): each with its type and its JSON payload.
 *
 * @param events every stored event, in the order of the store
 */
record StoredEvents(List<Event> events) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One stored event.
     *
     * @param type    the payload's simple class name, e.g. VoteCast
     * @param payload the payload as stored
     */
    record Event(String type, JsonNode payload) {}

    static StoredEvents of(PrivateCluster database) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT payload_type, payload FROM domain_event_entry ORDER BY global_index")) {
            while (rows.next()) {
                String type = rows.getString(1);
                events.add(new Event(type.substring(type.lastIndexOf('.') + 1), json(rows.getBytes(2))));
            }
        }
        return new StoredEvents(events);
    }

    /**
     * How many stored events carry each command key that starts with {@code prefix}, as the value of
     * one of their payload's fields (a title, a rationale, a description): the load puts each
     * command's key in the payload of the one event it stores.
     */
    Map<String, Integer> countsByKey(String prefix) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event event : events) {
            List<String> keys = new ArrayList<>();
            event.payload().fields().forEachRemaining(field -> {
                if (field.getValue().isTextual() && field.getValue().textValue().startsWith(prefix)) {
                    keys.add(field.getValue().textValue());
                }
            });
            if (keys.size() > 1) {
                throw new IllegalStateException("An event carries several command keys: " + event);
            }
            keys.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    /** The stored events of {@code type} whose payload's {@code field} is {@code value}. */
    List<Event> ofType(String type, String field, String value) {
        return events.stream()
                .filter(event -> event.type().equals(type)
                        && event.payload().path(field).asText().equals(value))
                .toList();
    }

    private static JsonNode json(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
