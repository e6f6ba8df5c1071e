package org.roundtable.server.actor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.Actor;
import org.roundtable.api.GlobalRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names the authenticated user on whose behalf the current request acts, with the global roles the
 * user holds (Spring authorities {@code ROLE_ADMIN}, {@code ROLE_AUDITOR}), whether the user came
 * by HTTP Basic, by a bearer token, or by the pages' login with a password or through the provider.
 */
@Component
public class CurrentActor {

    /** The authority prefix Spring Security gives roles. */
    public static final String ROLE_PREFIX = "ROLE_";

    /** Fails outside an authenticated request: only authenticated users act, and every act has its actor. */
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            throw new IllegalStateException("No authenticated user: every act needs one");
        }
        return new Actor(authentication.getName(), globalRoles(authentication));
    }

    private static Set<GlobalRole> globalRoles(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(GlobalRole.values())
                .filter(role -> authorities.contains(ROLE_PREFIX + role.name()))
                .collect(Collectors.toSet());
    }
}
