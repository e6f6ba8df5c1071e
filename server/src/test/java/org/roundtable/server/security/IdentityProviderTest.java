package org.roundtable.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.TestIdentityProvider;
import org.roundtable.server.support.TestTokens;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Spring Security's decoders of both configurations, issuer-uri and jwk-set-uri, against a provider
 * that is out of reach and then back: {@link IdentityProvider} makes the outage {@link
 * IdentityProvider.Unreachable} and lets a wrong token stay wrong.
 */
class IdentityProviderTest {

    private static final TestTokens TOKENS = new TestTokens();

    private final TestIdentityProvider provider = new TestIdentityProvider(TOKENS);

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    @Test
    void aDecoderThatCannotBeBuiltFromTheIssuerIsUnreachableUntilTheProviderIsBack() {
        // How Boot builds the decoder for an issuer-uri: at the first token, and again after a failure.
        IdentityProvider decoder = new IdentityProvider(new SupplierJwtDecoder(
                () -> NimbusJwtDecoder.withIssuerLocation(provider.issuer()).build()));
        String token = TOKENS.token("carl", Map.of("iss", provider.issuer()));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(IdentityProvider.Unreachable.class);
        provider.start();
        assertThat(decoder.decode(token).getSubject()).isEqualTo("carl");
    }

    @Test
    void aKeySetThatCannotBeFetchedIsUnreachableUntilTheProviderIsBack() {
        IdentityProvider decoder = new IdentityProvider(
                NimbusJwtDecoder.withJwkSetUri(provider.keySetUri()).build());
        String token = TOKENS.token("carl", Map.of());

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(IdentityProvider.Unreachable.class);
        provider.start();
        assertThat(decoder.decode(token).getSubject()).isEqualTo("carl");
    }

    @Test
    void aWrongTokenStaysWrong() {
        IdentityProvider decoder = new IdentityProvider(
                NimbusJwtDecoder.withJwkSetUri(provider.keySetUri()).build());

        assertThatThrownBy(() -> decoder.decode("not-a-token")).isInstanceOf(BadJwtException.class);
        provider.start();
        assertThatThrownBy(() -> decoder.decode(TOKENS.forgedToken("carl", Map.of())))
                .isInstanceOf(BadJwtException.class);
    }
}
