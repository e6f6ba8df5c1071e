package org.roundtable.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.roundtable.api.PartnershipId;
import org.roundtable.server.actor.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Carries out the commands of the HTTP API: sends each, retries it when it lost a race for its
 * partnership's next sequence, and answers it with the stream's sequence afterwards, so that a client
 * can read its own write. A request with an {@value IdempotentRequest#HEADER} is carried out at most
 * once: its events, and the answer remembered for its key, are stored in one transaction.
 */
@Component
class PartnershipCommands {

    private final CommandGateway gateway;
    private final StreamSequence streamSequence;
    private final ConflictRetries retries;
    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final HttpServletRequest request;
    private final CurrentActor actor;
    private final ObjectMapper json;

    PartnershipCommands(CommandGateway gateway, StreamSequence streamSequence, ConflictRetries retries,
                        IdempotencyKeys keys, PlatformTransactionManager transactions, HttpServletRequest request,
                        CurrentActor actor, ObjectMapper json) {
        this.gateway = gateway;
        this.streamSequence = streamSequence;
        this.retries = retries;
        this.keys = keys;
        this.transaction = new TransactionTemplate(transactions);
        this.request = request;
        this.actor = actor;
        this.json = json;
    }

    /**
     * Sends {@code command} about {@code partnershipId} and answers what {@code answer} makes of its
     * result and the stream's sequence after it. The sequence is read after the command's events are
     * stored, so a write of another request in between can make it higher than this command's last
     * event: a client then waits for a little more than its own write, which is still correct.
     */
    <R, T> ResponseEntity<T> send(PartnershipId partnershipId, Object command,
                                  Function<Written<R>, ResponseEntity<T>> answer) {
        requireJsonAccepted();
        Optional<IdempotentRequest> idempotent = IdempotentRequest.of(request, actor.get().name(),
                RequestBodyLimit.bodyOf(request));
        return retries.run(() -> idempotent
                .map(keyed -> sendOnce(keyed, partnershipId, command, answer))
                .orElseGet(() -> answer.apply(write(partnershipId, command))));
    }

    /**
     * One attempt of a keyed write, in one transaction with the answer it remembers; the command's own
     * unit of work joins it. Concurrent repeats of the key wait for this transaction, then find its
     * answer; a refusal rolls everything back, so a refused request is not remembered and may be sent
     * again once whatever refused it has changed.
     */
    private <R, T> ResponseEntity<T> sendOnce(IdempotentRequest keyed, PartnershipId partnershipId, Object command,
                                              Function<Written<R>, ResponseEntity<T>> answer) {
        RememberedAnswer remembered = transaction.execute(status -> keys.answerFor(keyed).orElseGet(() -> {
            RememberedAnswer first = RememberedAnswer.of(answer.apply(write(partnershipId, command)), json);
            keys.remember(keyed, first);
            return first;
        }));
        // The first answer goes out as its remembered bytes too, so that every repeat is identical to it.
        // The body is the JSON of a T, which is all a client of the HTTP API ever sees of a T.
        @SuppressWarnings("unchecked")
        ResponseEntity<T> response = (ResponseEntity<T>) (ResponseEntity<?>) remembered.toResponse();
        return response;
    }

    /**
     * Spring MVC negotiates the answer's type only once the handler has returned, that is after the
     * act is recorded: a client that accepts no JSON would get 406 for a write that happened, and
     * might send it again. So such a write is refused before anything is recorded.
     */
    private void requireJsonAccepted() {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException unreadable) {
            accepted = List.of();
        }
        if (request.getHeader(HttpHeaders.ACCEPT) != null
                && accepted.stream().noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                    "Every write answers JSON (application/json, or application/problem+json for a refusal)");
        }
    }

    private <R> Written<R> write(PartnershipId partnershipId, Object command) {
        R result = gateway.sendAndWait(command);
        // Every partnership has at least the events that formed it, even after a command that recorded
        // nothing (an identical re-vote).
        return new Written<>(result, streamSequence.of(partnershipId));
    }
}
