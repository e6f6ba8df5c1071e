package org.roundtable.server.http;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.roundtable.api.PartnershipId;
import org.springframework.stereotype.Component;

/**
 * Sends the commands of the HTTP API and tells how far each left its partnership's event stream,
 * so that every write answers the sequence a client can read its own write at.
 */
@Component
class PartnershipCommands {

    private final CommandGateway gateway;
    private final EventStore eventStore;

    PartnershipCommands(CommandGateway gateway, EventStore eventStore) {
        this.gateway = gateway;
        this.eventStore = eventStore;
    }

    /**
     * Sends {@code command} about {@code partnershipId}, waits for it and answers its result with the
     * stream's sequence afterwards. The sequence is read after the command's events are stored, so a
     * write of another request in between can make it higher than this command's last event: a client
     * then waits for a little more than its own write, which is still correct.
     */
    <R> Written<R> send(PartnershipId partnershipId, Object command) {
        R result = gateway.sendAndWait(command);
        // The JDBC engine answers max(sequence_number) from the unique (aggregate, sequence) index.
        // Axon numbers a stream from 0, the API from 1. Every partnership has at least the event
        // that formed it, even after a command that recorded nothing (an identical re-vote).
        long sequence = eventStore.lastSequenceNumberFor(partnershipId.toString()).map(last -> last + 1).orElse(0L);
        return new Written<>(result, sequence);
    }
}
