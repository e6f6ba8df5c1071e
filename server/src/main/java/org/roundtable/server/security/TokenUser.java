package org.roundtable.server.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.GlobalRole;
import org.roundtable.server.actor.CurrentActor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The user a bearer token names: its {@code preferred_username} (what an OIDC provider shows as the
 * login), else its {@code sub}; and the global roles listed in its {@code roles} claim. Roles the
 * server does not know are ignored.
 */
final class TokenUser implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String USER_NAME_CLAIM = "preferred_username";
    static final String ROLES_CLAIM = "roles";

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String name = token.hasClaim(USER_NAME_CLAIM) ? token.getClaimAsString(USER_NAME_CLAIM) : token.getSubject();
        List<String> claimed = token.hasClaim(ROLES_CLAIM) ? token.getClaimAsStringList(ROLES_CLAIM) : List.of();
        Set<String> known =
                Arrays.stream(GlobalRole.values()).map(GlobalRole::name).collect(Collectors.toSet());
        return new JwtAuthenticationToken(
                token,
                claimed.stream()
                        .filter(known::contains)
                        .map(role -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + role))
                        .toList(),
                name);
    }
}
