package org.roundtable.server.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The user a bearer token names, with the global roles it lists, as {@link ProviderClaims} reads them. */
final class TokenUser implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        return new JwtAuthenticationToken(token, ProviderClaims.globalRoles(token), ProviderClaims.userName(token));
    }
}
