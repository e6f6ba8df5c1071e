package org.roundtable.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;

/** The server's security filters find their rules by the request's path, with no handler looked up for them. */
@RoundtableIntegrationTest
class HandlerLookedUpOnceIT {

    @Autowired
    ApplicationContext context;

    @Test
    void springMvcsIntrospectorCachesNothingBeforeTheSecurityFilters() {
        assertThat(context.getBean(HandlerLookedUpOnce.BEAN_NAME)).isInstanceOf(HandlerLookedUpOnce.class);
    }

    @Test
    void everySecurityRuleMatchesByPathPattern() {
        FilterChainProxy filters = context.getBean(FilterChainProxy.class);

        assertThat(filters.getFilterChains())
                .hasSize(2)
                .first()
                .extracting(chain ->
                        ((DefaultSecurityFilterChain) chain).getRequestMatcher().toString())
                .asString()
                .contains("PathPattern [/api/**]")
                .doesNotContain("Mvc");
    }
}
