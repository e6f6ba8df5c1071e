package org.roundtable.server.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;

class ConflictRetriesTest {

    private final ConflictRetries retries = new ConflictRetries(3);
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aWriteThatLostItsRaceIsTriedAgainUntilItWins() {
        String result = retries.run(attempt -> {
            if (attempts.incrementAndGet() < 3) {
                throw lostRace();
            }
            return "recorded";
        });

        assertThat(result).isEqualTo("recorded");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void eachAttemptKnowsItsNumberAndWhetherAnotherFollowsALostRace() {
        List<Integer> numbers = new ArrayList<>();
        retries.run(attempt -> {
            numbers.add(attempt);
            if (attempts.incrementAndGet() < 3) {
                throw lostRace();
            }
            return "recorded";
        });

        assertThat(numbers).containsExactly(1, 2, 3);
        assertThat(retries.triesAgainAfter(2)).isTrue();
        assertThat(retries.triesAgainAfter(3)).isFalse();
    }

    @Test
    void afterTheLastAttemptTheLostRaceIsTheAnswer() {
        assertThatThrownBy(() -> retries.run(attempt -> {
                    attempts.incrementAndGet();
                    throw lostRace();
                }))
                .satisfies(failure ->
                        assertThat(TransientFailures.isLostRace(failure)).isTrue());
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRefusalIsNeverTriedAgain() {
        assertThatThrownBy(() -> retries.run(attempt -> {
                    attempts.incrementAndGet();
                    throw new RuleViolation(ErrorCode.PROPOSAL_CLOSED, "closed");
                }))
                .isInstanceOf(RuleViolation.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void atLeastOneAttemptIsConfigured() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            assertThat(validation
                            .getValidator()
                            .validate(new CommandSettings(0, Duration.ofSeconds(30), 0, Duration.ofSeconds(10))))
                    .extracting(violation -> violation.getPropertyPath().toString())
                    .containsExactly("maxAttempts");
        }
    }

    /** As the command gateway throws it: Axon's ConcurrencyException wrapped. */
    private static RuntimeException lostRace() {
        return new CommandExecutionException("append failed", new ConcurrencyException("sequence 7 taken"));
    }
}
