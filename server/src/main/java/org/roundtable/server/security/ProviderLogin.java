package org.roundtable.server.security;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The user of a login on the pages through the OIDC provider (the authorization code flow), named and
 * given global roles by {@link ProviderClaims} from the ID token and, when the provider has them, its user
 * info claims: the same user as a bearer token of that provider for the same person, so that the acts of
 * the pages and of the API have one {@code actor}.
 */
final class ProviderLogin {

    private ProviderLogin() {}

    /** Spring's loading of the user (ID token checked, user info fetched) with this naming in place of its own. */
    static OAuth2UserService<OidcUserRequest, OidcUser> users() {
        OidcUserService users = new OidcUserService();
        users.setOidcUserMapper((request, userInfo) -> user(request.getIdToken(), userInfo));
        return users;
    }

    static OidcUser user(OidcIdToken idToken, OidcUserInfo userInfo) {
        // The user info, when fetched, adds to the ID token's claims: read the roles and the name from both.
        OidcUser claims = new DefaultOidcUser(List.of(), idToken, userInfo);
        return new DefaultOidcUser(
                ProviderClaims.globalRoles(claims), idToken, userInfo, ProviderClaims.userNameClaim(claims));
    }
}
