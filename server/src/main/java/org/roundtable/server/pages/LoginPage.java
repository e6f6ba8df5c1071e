package org.roundtable.server.pages;

import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page: the form for the users of the configuration, and a link to the login of each OIDC
 * provider configured as a client (none without one).
 */
@Controller
class LoginPage {

    private final List<Provider> providers;

    LoginPage(ObjectProvider<ClientRegistrationRepository> clients) {
        this.providers = providers(clients.getIfAvailable());
    }

    @GetMapping(PagePaths.LOGIN)
    String login(Model model) {
        model.addAttribute("providers", providers);
        return "login";
    }

    /**
     * A provider's login as the page offers it: the client's name, and the address where its authorization
     * code flow starts. A link (a GET), since the redirects that follow a form are held to the content
     * security policy's {@code form-action 'self'} in Chromium, and the provider is not this server.
     */
    public record Provider(String name, String path) {}

    private static List<Provider> providers(ClientRegistrationRepository clients) {
        // Boot's repository lists its registrations; another kind cannot be listed and offers no link, as in
        // Spring Security's own login page.
        if (!(clients instanceof Iterable<?> registrations)) {
            return List.of();
        }
        return StreamSupport.stream(registrations.spliterator(), false)
                .map(ClientRegistration.class::cast)
                .filter(client -> AuthorizationGrantType.AUTHORIZATION_CODE.equals(client.getAuthorizationGrantType()))
                .map(client -> new Provider(
                        client.getClientName(),
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + client.getRegistrationId()))
                .toList();
    }
}
