package org.roundtable.server.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.roundtable.api.GlobalRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Who logs in with HTTP Basic, and how their passwords are checked ({@code roundtable.security.*}).
 *
 * @param users                the users of HTTP Basic ({@code users[i].name}, {@code .password}, {@code .roles});
 *                             passwords as Spring Security's delegating encoder reads them:
 *                             {@code {bcrypt}$2a$...} or, for tests and trials, {@code {noop}plain}. None, and no
 *                             OIDC provider: the server creates the user "admin" and logs its password once
 * @param rememberPasswordsFor how long a right HTTP Basic password is remembered (as an HMAC, in memory), so that
 *                             a client sending its credentials with every request pays for one bcrypt check per
 *                             period; 0 checks every request
 */
@Validated
@ConfigurationProperties("roundtable.security")
record SecuritySettings(List<User> users, @NotNull Duration rememberPasswordsFor) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** One configured user; {@code roles} are global roles, none for a user who only acts by appointment. */
    record User(String name, String password, Set<GlobalRole> roles) {

        User {
            roles = roles == null ? Set.of() : Set.copyOf(roles);
        }
    }
}
