package org.roundtable.server.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * The metrics that cost nothing nobody reads: Spring Security observes every filter of every request by
 * default, which a profile of a vote showed as the largest share of a request thread's CPU (the hashing of
 * meter tags its hottest method), and no dashboard asks for it. Turning its observations off, rather than
 * filtering them out, also leaves the filter chain undecorated (the decorator's wrapping of each filter still
 * showed in a later profile). Request latency per route ({@code http.server.requests}), the pool and the
 * projection lag stay.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
