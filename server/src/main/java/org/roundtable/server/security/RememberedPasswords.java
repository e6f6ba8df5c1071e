package org.roundtable.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a while, the passwords it has found right, so that a client
 * sending the same HTTP Basic credentials with every request pays for one bcrypt check (80 to 100 ms of
 * CPU here) per {@code lifetime} instead of one per request. Only matches are remembered: a wrong
 * password is checked by bcrypt every time, as slowly as before. What is remembered is an HMAC of the
 * stored hash and the password under a key drawn at startup and kept only in memory, never the password;
 * a change of a user's configured hash makes the remembered match useless at once.
 */
final class RememberedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";

    private final PasswordEncoder checker;
    private final SecretKeySpec key;
    /** The matches' fingerprints; Caffeine forgets each {@code lifetime} after it was remembered. */
    private final Cache<String, Boolean> matches;
    /** A keyed Mac per thread: a Mac is not safe for threads to share. */
    private final ThreadLocal<Mac> macs;

    /**
     * @param checker  the encoder that checks a password the first time (Spring's delegating encoder)
     * @param lifetime how long a match is remembered
     * @param capacity matches remembered at most
     * @param clock    the time the lifetime is counted in
     */
    RememberedPasswords(PasswordEncoder checker, Duration lifetime, int capacity, Clock clock) {
        this.checker = checker;
        this.matches = Caffeine.newBuilder()
                .maximumSize(capacity)
                .expireAfterWrite(lifetime)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.macs = ThreadLocal.withInitial(this::keyedMac);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return checker.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return checker.matches(rawPassword, encodedPassword);
        }
        String match = fingerprint(rawPassword, encodedPassword);
        if (matches.getIfPresent(match) != null) {
            return true;
        }
        boolean right = checker.matches(rawPassword, encodedPassword);
        if (right) {
            matches.put(match, Boolean.TRUE);
        }
        return right;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return checker.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        // doFinal leaves the thread's Mac ready for the next fingerprint, with the same key.
        Mac mac = macs.get();
        mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
        // The hash cannot hold a NUL, so hash and password cannot be shifted into each other.
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A Mac under {@link #key} for the calling thread: looking the algorithm up and keying a Mac for every
     * request was 2 % of the request threads' samples under reports, most of a remembered match's cost.
     */
    private Mac keyedMac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + HMAC, e);
        }
    }
}
