package org.roundtable.api.audit;

/**
 * One event as the event store keeps it, or as an export line shows it: what the chain is checked on.
 *
 * @param sequence  its place in the partnership's stream, counted from 1
 * @param type      its payload type as stored (a class name) or its stable name ({@code VoteCast})
 * @param timestamp its timestamp string exactly as stored
 * @param payload   its payload JSON
 * @param metaData  its metadata JSON object, the chain fields included
 */
public record StoredEvent(long sequence, String type, String timestamp, String payload, String metaData) {
}
