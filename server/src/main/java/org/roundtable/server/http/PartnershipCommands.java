package org.roundtable.server.http;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.api.PartnershipId;
import org.springframework.stereotype.Component;

/**
 * Sends the commands of the HTTP API and tells how far each left its partnership's event stream,
 * so that every write answers the sequence a client can read its own write at.
 */
@Component
class PartnershipCommands {

    private final CommandGateway gateway;
    private final StreamSequence streamSequence;

    PartnershipCommands(CommandGateway gateway, StreamSequence streamSequence) {
        this.gateway = gateway;
        this.streamSequence = streamSequence;
    }

    /**
     * Sends {@code command} about {@code partnershipId}, waits for it and answers its result with the
     * stream's sequence afterwards. The sequence is read after the command's events are stored, so a
     * write of another request in between can make it higher than this command's last event: a client
     * then waits for a little more than its own write, which is still correct.
     */
    <R> Written<R> send(PartnershipId partnershipId, Object command) {
        R result = gateway.sendAndWait(command);
        // Every partnership has at least the events that formed it, even after a command that recorded
        // nothing (an identical re-vote).
        return new Written<>(result, streamSequence.of(partnershipId));
    }
}
