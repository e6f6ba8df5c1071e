package org.roundtable.audit;

/**
 * One event of a partnership's stream, read from the event store or from an export line: what the chain is
 * checked on.
 *
 * @param sequence  its place in the partnership's stream, counted from 1
 * @param type      its stable name ({@code VoteCast}), which the chain hashes, not the class name a store keeps
 * @param timestamp its timestamp string exactly as stored
 * @param payload   its payload JSON
 * @param metaData  its metadata JSON object, the chain fields included
 */
public record StoredEvent(long sequence, String type, String timestamp, String payload, String metaData) {}
