package org.roundtable.server.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.RuleViolation;

/**
 * A write sent with an {@value #HEADER} header: the user's key and the fingerprint of the request
 * (method, path and body) that the key stands for.
 */
public record IdempotentRequest(String user, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";

    /** Long enough for any UUID, ULID or hash a client would use, short enough to index. */
    public static final int MAX_KEY_LENGTH = 255;

    /** The request's key, if it carries one; a malformed key is refused rather than ignored. */
    static Optional<IdempotentRequest> of(HttpServletRequest request, String user, byte[] body) {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return Optional.empty();
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    HEADER,
                    "%s must be 1 to %d visible ASCII characters".formatted(HEADER, MAX_KEY_LENGTH));
        }
        String target = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return Optional.of(new IdempotentRequest(user, key, sha256Hex(target, body)));
    }

    /**
     * The number of the transaction-scoped advisory lock that serialises the requests of this user and
     * key: the first 8 bytes of a hash of both, so that two keys share a lock only by a 2^-64 chance
     * (which would merely make them wait for each other).
     */
    long lockNumber() {
        byte[] hash = sha256(user + "\n" + key);
        return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
    }

    private static String sha256Hex(String target, byte[] body) {
        MessageDigest digest = sha256Digest();
        digest.update(target.getBytes(UTF_8));
        digest.update((byte) '\n');
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] sha256(String text) {
        return sha256Digest().digest(text.getBytes(UTF_8));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
