package org.roundtable.server.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.GlobalRole;
import org.roundtable.server.actor.CurrentActor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * Which claims of an OIDC provider name the user and the user's global roles, in one place so that
 * every way of coming through the provider reads them alike ({@link TokenUser} for a bearer token,
 * {@link ProviderLogin} for the pages' login) and one person is one {@code actor}: the
 * {@code preferred_username} (what the provider shows as the login), else the {@code sub}; and the
 * global roles listed in the {@code roles} claim. Roles the server does not know are ignored.
 */
final class ProviderClaims {

    static final String USER_NAME_CLAIM = StandardClaimNames.PREFERRED_USERNAME;
    static final String ROLES_CLAIM = "roles";

    private static final Set<String> KNOWN_ROLES =
            Arrays.stream(GlobalRole.values()).map(GlobalRole::name).collect(Collectors.toUnmodifiableSet());

    private ProviderClaims() {}

    /** The claim whose value is the user's name. */
    static String userNameClaim(ClaimAccessor claims) {
        return claims.hasClaim(USER_NAME_CLAIM) ? USER_NAME_CLAIM : StandardClaimNames.SUB;
    }

    static String userName(ClaimAccessor claims) {
        return claims.getClaimAsString(userNameClaim(claims));
    }

    /** The authorities ({@code ROLE_ADMIN}, {@code ROLE_AUDITOR}) of the global roles the claims list. */
    static List<GrantedAuthority> globalRoles(ClaimAccessor claims) {
        List<String> claimed = claims.hasClaim(ROLES_CLAIM) ? claims.getClaimAsStringList(ROLES_CLAIM) : List.of();
        return claimed.stream()
                .filter(KNOWN_ROLES::contains)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + role))
                .toList();
    }
}
