package org.roundtable.server.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.api.PartnershipId;
import org.roundtable.server.actor.CurrentActor;
import org.roundtable.server.axon.AppendReceipts;
import org.roundtable.server.axon.StreamTurns;
import org.roundtable.server.web.RequestBodyLimit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Carries out the commands of the HTTP API, so that an answer never lies about what was recorded. Acts on
 * one partnership take turns ({@link PartnershipTurns}), waiting in memory before they take a database
 * connection, and across server instances on a PostgreSQL advisory lock on the partnership held by one act
 * per instance at most; so a forum voting at once is carried out act after act, none refused for arriving
 * with the others. Each act is one transaction ({@link WriteTransaction}) whose outcome is known before it
 * is answered, and it answers the stream's sequence as its own append numbered it, so that a client can
 * read its own write. A request with an {@value IdempotentRequest#HEADER} is carried out at most once: its
 * events, and the answer remembered for its key, are stored in that one transaction.
 */
@Component
public class WritePipeline {

    /**
     * The first key of the two-key advisory locks that stand for partnerships; the second is a hash of the
     * partnership id. The one-key locks of idempotency keys are another key space in PostgreSQL, and two
     * partnerships that share a hash only take turns they did not need to.
     */
    private static final int PARTNERSHIP_LOCKS = 0x52540001;

    private final CommandGateway gateway;
    private final PartnershipTurns turns;
    private final ConflictRetries retries;
    private final WriteTransaction transaction;
    private final AppendReceipts receipts;
    private final IdempotencyKeys keys;
    private final StreamTurns streamTurns;
    private final HttpServletRequest request;
    private final CurrentActor actor;
    private final ObjectMapper json;

    WritePipeline(
            CommandGateway gateway,
            PartnershipTurns turns,
            ConflictRetries retries,
            WriteTransaction transaction,
            AppendReceipts receipts,
            IdempotencyKeys keys,
            StreamTurns streamTurns,
            HttpServletRequest request,
            CurrentActor actor,
            ObjectMapper json) {
        this.gateway = gateway;
        this.turns = turns;
        this.retries = retries;
        this.transaction = transaction;
        this.receipts = receipts;
        this.keys = keys;
        this.streamTurns = streamTurns;
        this.request = request;
        this.actor = actor;
        this.json = json;
    }

    /**
     * Sends {@code command} about {@code partnershipId} and answers what {@code answer} makes of its
     * result and the stream's sequence after it.
     */
    public <R, T> ResponseEntity<T> send(
            PartnershipId partnershipId, Object command, Function<Written<R>, ResponseEntity<T>> answer) {
        requireJsonAccepted();
        Optional<IdempotentRequest> idempotent =
                IdempotentRequest.of(request, actor.get().name(), RequestBodyLimit.bodyOf(request));
        return inTurn(partnershipId, idempotent.isEmpty(), receipt -> {
            if (idempotent.isEmpty()) {
                return answer.apply(write(partnershipId, command, receipt));
            }
            return answerOnce(idempotent.get(), () -> answer.apply(write(partnershipId, command, receipt)));
        });
    }

    /**
     * Carries out {@code command} for a web page, on exactly the path of {@link #send} (its turn, its retries,
     * its one transaction, its refusals) but with no answer to negotiate or remember: a page shows the outcome
     * itself and reads its own write with the sequence answered here.
     */
    public <R> Written<R> carryOut(PartnershipId partnershipId, Object command) {
        return inTurn(partnershipId, true, receipt -> write(partnershipId, command, receipt));
    }

    /**
     * One act on the partnership in its turn, in one transaction per attempt with whatever {@code act} stores
     * beside its events; the command's own unit of work joins it. A refusal rolls everything back.
     *
     * <p>The first attempt of an act that stores nothing beside its events decides on the partnership as this
     * instance cached it, and takes the turn among instances only with its events, in their round trip with
     * the COMMIT: a vote is then one round trip to PostgreSQL. If another instance wrote to the partnership
     * since, the events are refused on the store's unique (partnership, sequence) key, or, for an act that
     * stores nothing, {@link #confirmDecidedOnCurrent} finds the stream longer than the cached partnership;
     * either is a lost race, and the next attempt takes the turn first, as every attempt of an act with an
     * Idempotency-Key does (its key is claimed before its command). No attempt that holds the turn from the
     * start can lose its race to one that takes it with its events, so a retried act is carried out.
     */
    private <A> A inTurn(
            PartnershipId partnershipId, boolean decideOnCacheFirst, Function<AppendReceipts.Receipt, A> act) {
        return turns.inTurn(
                partnershipId,
                () -> retries.run(attempt -> {
                    try (AppendReceipts.Receipt receipt = receipts.open()) {
                        return transaction.carryOut(receipt, () -> {
                            if (decideOnCacheFirst && attempt == 1 && retries.triesAgainAfter(attempt)) {
                                receipt.decideOnCache(
                                        partnershipId.toString(), PARTNERSHIP_LOCKS, lockKeyOf(partnershipId));
                            } else {
                                waitForOtherInstances(partnershipId);
                            }
                            return act.apply(receipt);
                        });
                    }
                }));
    }

    /**
     * The answer remembered for the request's key, or the first one, remembered in the write's transaction.
     * Concurrent repeats of a key wait for this transaction, then find its answer; a refused request is not
     * remembered and may be sent again once whatever refused it has changed.
     */
    private <T> ResponseEntity<T> answerOnce(IdempotentRequest keyed, Supplier<ResponseEntity<T>> first) {
        RememberedAnswer remembered = keys.answerFor(keyed).orElseGet(() -> {
            RememberedAnswer answered = RememberedAnswer.of(first.get(), json);
            keys.remember(keyed, answered);
            return answered;
        });
        // The first answer goes out as its remembered bytes too, so that every repeat is identical to
        // it. The body is the JSON of a T, which is all a client of the HTTP API ever sees of a T.
        @SuppressWarnings("unchecked")
        ResponseEntity<T> response = (ResponseEntity<T>) (ResponseEntity<?>) remembered.toResponse();
        return response;
    }

    /**
     * Holds the partnership's advisory lock until the transaction ends, and notes how long its stream is then.
     * Within an instance the act already has its turn, so only an act of each other instance can be waiting
     * here, or holding it.
     */
    private void waitForOtherInstances(PartnershipId partnershipId) {
        streamTurns.take(partnershipId.toString(), PARTNERSHIP_LOCKS, lockKeyOf(partnershipId));
    }

    private static int lockKeyOf(PartnershipId partnershipId) {
        return partnershipId.value().hashCode();
    }

    /**
     * For a write that decided on the cached partnership and appended nothing (it changed nothing, or was
     * refused): takes the turn now and reads the stream's length, which the decision stands on if no other
     * instance wrote since the cache saw the partnership; else the write lost its race and is tried again.
     * The store only grows, so a length still the cached one means the partnership was as cached throughout.
     */
    private void confirmDecidedOnCurrent(PartnershipId partnershipId, AppendReceipts.Receipt receipt) {
        if (!receipt.decidesOnCache()) {
            return;
        }
        waitForOtherInstances(partnershipId);
        if (receipt.decidedOnStale()) {
            throw new ConcurrencyException("Partnership " + partnershipId
                    + " was decided on as cached, and another instance has written to it since");
        }
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
            throw new ResponseStatusException(
                    HttpStatus.NOT_ACCEPTABLE,
                    "Every write answers JSON (application/json, or application/problem+json for a refusal)");
        }
    }

    /**
     * The command's result, and the sequence of the last event it appended; for a command that recorded
     * nothing (an identical re-vote), the stream's sequence as the write read it when it took its turn.
     */
    private <R> Written<R> write(PartnershipId partnershipId, Object command, AppendReceipts.Receipt receipt) {
        R result;
        try {
            result = gateway.sendAndWait(command);
        } catch (RuntimeException refused) {
            confirmDecidedOnCurrent(partnershipId, receipt);
            throw refused;
        }
        if (receipt.anyEventIdentifier().isEmpty()) {
            confirmDecidedOnCurrent(partnershipId, receipt);
        }
        long sequence = receipt.lastSequenceOf(partnershipId.toString())
                .orElseThrow(() -> new IllegalStateException("A write's turn read no length of its stream"));
        return new Written<>(result, sequence);
    }
}
