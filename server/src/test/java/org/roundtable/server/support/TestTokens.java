package org.roundtable.server.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An OIDC provider in miniature, for the end-to-end tests: an RSA key generated for the test run,
 * the {@link JwtDecoder} that trusts its public key (which the server takes in place of one built
 * from an issuer URI, so nothing goes over the network), and the tokens it signs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokens {

    private static final KeyPair KEYS = generateKeys();

    @Bean
    JwtDecoder testProviderDecoder() {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
    }

    /** The test provider's public key as a JWK set, as an OIDC provider publishes it at its {@code jwks_uri}. */
    public String publicKeys() {
        return new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).build()).toString();
    }

    /** A token of the test provider for {@code subject}, valid for a minute, with {@code claims} besides. */
    public String token(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        return sign(KEYS, subject, now, now.plus(Duration.ofMinutes(1)), claims);
    }

    /** A token that expired an hour ago. */
    public String expiredToken(String subject) {
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        return sign(KEYS, subject, anHourAgo.minus(Duration.ofMinutes(1)), anHourAgo, Map.of());
    }

    /** A well-formed token signed by a key the server does not trust. */
    public String forgedToken(String subject, Map<String, Object> claims) {
        Instant now = Instant.now();
        return sign(generateKeys(), subject, now, now.plus(Duration.ofMinutes(1)), claims);
    }

    private static String sign(
            KeyPair keys, String subject, Instant issuedAt, Instant expiresAt, Map<String, Object> claims) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .build();
        JwtClaimsSet.Builder claimSet =
                JwtClaimsSet.builder().subject(subject).issuedAt(issuedAt).expiresAt(expiresAt);
        claims.forEach(claimSet::claim);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claimSet.build()))
                .getTokenValue();
    }

    private static KeyPair generateKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
