package org.roundtable.server.security;

import java.time.Clock;
import java.time.Duration;
import org.roundtable.api.GlobalRole;
import org.roundtable.server.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach the server at all, through the API or the web pages. Every request but health and the API
 * description needs a user:
 * by HTTP Basic, or by a bearer token when an OIDC provider is configured (Boot then provides the
 * {@link JwtDecoder} from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 * {@code .jwk-set-uri}; while that provider is out of reach a token answers 503, see
 * {@link IdentityProvider}). Rebuilding the views needs the global ADMIN role. The API keeps no session
 * and sets no cookie, so there is nothing for a cross-site request to ride on: CSRF protection is off.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Right passwords remembered at most: one per user and password in use, far more than a deployment has. */
    private static final int REMEMBERED_PASSWORDS = 1_000;

    /** The paths of the API and the operators' endpoints; every other path is a web page. */
    static final String[] API = {
        "/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"
    };

    /** The login page, which offers the login form and the OIDC provider's login. */
    static final String LOGIN = "/login";

    /** The pages and files a browser needs before its user has logged in. */
    static final String[] PAGES_OPEN = {LOGIN, "/css/**", "/favicon.svg", "/error"};

    /**
     * What a page may load and where its forms may go: only this server, no inline script or style, no
     * framing; the charts are inline SVG, which needs no source of its own.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /** Open to anyone: health for orchestrators, the API's description, and the checkpoints' public key. */
    static final String[] OPEN = {
        "/api/checkpoint-key",
        "/actuator/health",
        "/actuator/health/**",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    static final String[] ADMIN_ONLY = {"/actuator/projections", "/actuator/projections/**", "/actuator/prometheus"};

    /**
     * The paths of the rules below are matched as Spring MVC's path patterns, by the request's path alone
     * ({@code PathPatternRequestMatcher}), not by asking Spring MVC which handler the request goes to.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** No handler lookup before the security filters: nothing needs it ({@link HandlerLookedUpOnce}). */
    @Bean
    static BeanDefinitionRegistryPostProcessor handlerLookedUpOnce() {
        return HandlerLookedUpOnce.definition();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems, ObjectProvider<JwtDecoder> tokens)
            throws Exception {
        JwtDecoder tokenDecoder = tokens.getIfAvailable();
        SecurityRefusals refusals = new SecurityRefusals(problems, tokenDecoder != null);
        http.securityMatcher(API)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN)
                        .permitAll()
                        .requestMatchers(ADMIN_ONLY)
                        .hasRole(GlobalRole.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Roundtable").authenticationEntryPoint(refusals))
                .exceptionHandling(
                        refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        if (tokenDecoder != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals)
                    .jwt(jwt -> jwt.decoder(new IdentityProvider(tokenDecoder))
                            .jwtAuthenticationConverter(new TokenUser())));
        }
        return http.build();
    }

    /**
     * The web pages: a login form and a session cookie, so CSRF protection is on for every form; the same
     * users as the API (HTTP Basic's), and a content security policy that keeps a page to this server's own
     * files. A visitor who has not logged in is sent to the login page.
     *
     * <p>When an OIDC client registration is configured ({@code spring.security.oauth2.client.registration.*},
     * from which Boot makes the {@link ClientRegistrationRepository}), the login page also offers the
     * provider's own login (the authorization code flow), whose user is named as the provider's bearer
     * tokens are ({@link ProviderLogin}). The login page starts it by a link, not a form: Chromium holds
     * the redirects that follow a form to {@code form-action 'self'}, which the provider is not.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(PAGES_OPEN)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage(LOGIN).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage(LOGIN)
                    .defaultSuccessUrl("/", false)
                    // Not "?error", which the page words as a wrong password.
                    .failureUrl(LOGIN + "?provider-error")
                    .userInfoEndpoint(user -> user.oidcUserService(ProviderLogin.users())));
        }
        return http.build();
    }

    /**
     * A request that Spring Security's firewall refuses before anything else looks at it (a ';', an
     * encoded '.' or '%', or a control character in its path) is a 400 problem, not Boot's error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                HttpStatus.BAD_REQUEST.name(),
                "The request's path or headers hold characters that this server "
                        + "does not accept, such as ';', an encoded '.', '%' or '/', or a control character");
    }

    /**
     * Reads {@code {bcrypt}} and {@code {noop}} passwords (and Spring's other encodings) by their prefix,
     * and remembers a right one for {@code roundtable.security.remember-passwords-for}
     * ({@link RememberedPasswords}).
     */
    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        Duration lifetime = settings.rememberPasswordsFor();
        PasswordEncoder checker = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        return lifetime.isZero()
                ? checker
                : new RememberedPasswords(checker, lifetime, REMEMBERED_PASSWORDS, Clock.systemUTC());
    }

    /**
     * The users of HTTP Basic, as a UserDetailsService only: were it the InMemoryUserDetailsManager
     * itself, Spring Security would take it for a UserDetailsPasswordService and "upgrade" a {noop}
     * password to bcrypt at its first login, so that every later request paid for a bcrypt check.
     */
    @Bean
    UserDetailsService basicUsers(
            SecuritySettings users, ObjectProvider<JwtDecoder> tokens, PasswordEncoder passwordEncoder) {
        InMemoryUserDetailsManager known = BasicUsers.of(users, tokens.getIfAvailable() != null, passwordEncoder);
        return known::loadUserByUsername;
    }
}
