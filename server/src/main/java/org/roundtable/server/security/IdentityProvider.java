package org.roundtable.server.security;

import com.nimbusds.jose.KeySourceException;
import java.util.Objects;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The decoder of bearer tokens, telling a provider out of reach from a token that is wrong. Spring
 * Security lets both ways of failing to reach the provider through as server faults (500): a decoder
 * that could not be built from the provider's metadata (issuer-uri, built at the first token and
 * again at the next after a failure) and a key set that could not be fetched. Here they are
 * {@link Unreachable}, which {@link SecurityRefusals} answers 503; every other failure is left as it is.
 */
final class IdentityProvider implements JwtDecoder {

    private static final Logger log = LoggerFactory.getLogger(IdentityProvider.class);

    private final JwtDecoder decoder;

    IdentityProvider(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException | JwtException failure) {
            if (!outOfReach(failure)) {
                throw failure;
            }
            log.warn(
                    "A bearer token could not be checked, the identity provider is out of reach: {}",
                    failure.toString());
            throw new Unreachable(failure);
        }
    }

    /**
     * A decoder that could not be built (a provider answering with another issuer's metadata too, which
     * the WARN line shows), or a key set that could not be fetched. A token that is malformed or that the
     * keys refuse is wrong whatever the provider's state.
     */
    private static boolean outOfReach(RuntimeException failure) {
        return failure instanceof JwtDecoderInitializationException
                || !(failure instanceof BadJwtException)
                        && Stream.<Throwable>iterate(failure, Objects::nonNull, Throwable::getCause)
                                .anyMatch(KeySourceException.class::isInstance);
    }

    /** A bearer token that could not be checked, right or wrong, because the identity provider is out of reach. */
    static final class Unreachable extends AuthenticationException {

        Unreachable(Throwable cause) {
            super("The identity provider cannot be reached", cause);
        }
    }
}
