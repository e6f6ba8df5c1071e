package org.roundtable.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordsTest {

    private static final PasswordEncoder SPRING = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = SPRING.encode("s3cret");

    /** Spring's encoder, counting the checks that reach it. */
    private final AtomicInteger checks = new AtomicInteger();

    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return SPRING.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return SPRING.matches(rawPassword, encodedPassword);
        }
    };
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final RememberedPasswords passwords =
            new RememberedPasswords(counted, Duration.ofMinutes(10), 2, new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            });

    @Test
    void aRightPasswordIsCheckedOnceForItsLifetime() {
        assertThat(passwords.matches("s3cret", HASH)).isTrue();
        now = now.plus(Duration.ofMinutes(9));
        assertThat(passwords.matches("s3cret", HASH)).isTrue();

        assertThat(checks).hasValue(1);
    }

    @Test
    void aPasswordRememberedOnOneThreadIsKnownOnEveryOther() throws Exception {
        assertThat(passwords.matches("s3cret", HASH)).isTrue();

        ExecutorService others = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> answers = others.invokeAll(Collections.nCopies(
                    8, () -> passwords.matches("s3cret", HASH) && !passwords.matches("wrong", HASH)));
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            others.shutdown();
        }
        // The first check, then each wrong one: the right password was known on every thread.
        assertThat(checks).hasValue(1 + 8);
    }

    @Test
    void aRightPasswordIsCheckedAgainOnceItsLifetimeEnds() {
        passwords.matches("s3cret", HASH);
        now = now.plus(Duration.ofMinutes(10));

        assertThat(passwords.matches("s3cret", HASH)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTime() {
        passwords.matches("s3cret", HASH);

        assertThat(passwords.matches("s3cret ", HASH)).isFalse();
        assertThat(passwords.matches("s3cret ", HASH)).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aRememberedPasswordDoesNotOpenAnotherHash() {
        passwords.matches("s3cret", HASH);
        String changed = SPRING.encode("n3w-secret");

        assertThat(passwords.matches("s3cret", changed)).isFalse();
        assertThat(checks).hasValue(2);
    }

    @Test
    void remembersNoMoreMatchesThanItsCapacity() {
        String second = SPRING.encode("second");
        String third = SPRING.encode("third");
        passwords.matches("s3cret", HASH);
        passwords.matches("second", second);
        passwords.matches("third", third);
        checks.set(0);

        passwords.matches("s3cret", HASH);
        passwords.matches("second", second);
        passwords.matches("third", third);
        assertThat(checks)
                .as("passwords checked again: at least one of three was forgotten")
                .hasValueGreaterThanOrEqualTo(1);
    }
}
