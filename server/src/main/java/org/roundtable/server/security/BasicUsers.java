package org.roundtable.server.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.roundtable.api.GlobalRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.util.StringUtils;

/**
 * The users HTTP Basic knows: those configured, or, when neither users nor an OIDC provider are
 * configured, one user {@value #GENERATED_ADMIN} with a random password that is logged once at
 * startup (a WARN line) and kept nowhere but in this process's memory, as a bcrypt hash.
 */
final class BasicUsers {

    static final String GENERATED_ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(BasicUsers.class);
    /** {@code {id}...}, the form the delegating encoder reads; a bare password would never match. */
    private static final Pattern ENCODED = Pattern.compile("^\\{[a-z0-9]+}.+", Pattern.CASE_INSENSITIVE);

    private BasicUsers() {}

    static InMemoryUserDetailsManager of(SecuritySettings configured, boolean tokensAccepted, PasswordEncoder encoder) {
        if (configured.users().isEmpty() && !tokensAccepted) {
            return new InMemoryUserDetailsManager(generatedAdmin(encoder));
        }
        List<UserDetails> users =
                configured.users().stream().map(BasicUsers::declared).toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static UserDetails declared(SecuritySettings.User user) {
        if (!StringUtils.hasText(user.name())) {
            throw new IllegalStateException("Every roundtable.security.users entry needs a name");
        }
        if (user.password() == null || !ENCODED.matcher(user.password()).matches()) {
            throw new IllegalStateException("The password of roundtable.security.users entry '" + user.name()
                    + "' must start with {bcrypt} (a bcrypt hash follows) or {noop} (the password follows)");
        }
        return User.withUsername(user.name())
                .password(user.password())
                .roles(user.roles().stream().map(GlobalRole::name).toArray(String[]::new))
                .build();
    }

    private static UserDetails generatedAdmin(PasswordEncoder encoder) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        log.warn(
                "No users and no OIDC provider are configured: log in as '{}' with the password {} (role ADMIN). "
                        + "It is shown this once and changes at every start; configure roundtable.security.users to "
                        + "choose your own.",
                GENERATED_ADMIN,
                password);
        return User.withUsername(GENERATED_ADMIN)
                .password(encoder.encode(password))
                .roles(GlobalRole.ADMIN.name())
                .build();
    }
}
