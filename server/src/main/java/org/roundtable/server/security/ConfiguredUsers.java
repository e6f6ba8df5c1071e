package org.roundtable.server.security;

import java.util.List;
import java.util.Set;
import org.roundtable.api.GlobalRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users who log in with HTTP Basic ({@code roundtable.security.users[i].name}, {@code .password},
 * {@code .roles}). Passwords are stored as Spring Security's delegating encoder reads them:
 * {@code {bcrypt}$2a$...} or, for tests and trials, {@code {noop}plain}.
 */
@ConfigurationProperties("roundtable.security")
record ConfiguredUsers(List<User> users) {

    ConfiguredUsers {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One configured user; {@code roles} are global roles, none for a user who only acts by appointment. */
    record User(String name, String password, Set<GlobalRole> roles) {

        User {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
