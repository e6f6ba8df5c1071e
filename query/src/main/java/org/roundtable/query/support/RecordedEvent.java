package org.roundtable.query.support;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.roundtable.api.events.EventMetadata;

/**
 * An event of a partnership's stream as the reads that fold the stream themselves need it: its
 * sequence (from 1, as the API counts), when it was recorded, the acting user, the id of the command
 * that recorded it (null when unknown), and the payload.
 */
public record RecordedEvent(long sequence, Instant at, String actor, String commandId, Object payload) {

    /** Axon numbers a stream from 0; the actor and the command (Axon's correlation id) travel in the metadata. */
    static RecordedEvent of(DomainEventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        return new RecordedEvent(
                message.getSequenceNumber() + 1,
                message.getTimestamp(),
                text(metaData, EventMetadata.ACTOR),
                text(metaData, MessageOriginProvider.getDefaultCorrelationKey()),
                message.getPayload());
    }

    /** Whether both events were recorded by one command, and so committed together. */
    boolean sameCommandAs(RecordedEvent other) {
        return commandId != null && commandId.equals(other.commandId);
    }

    private static String text(MetaData metaData, String key) {
        return metaData.get(key) instanceof String value ? value : null;
    }
}
