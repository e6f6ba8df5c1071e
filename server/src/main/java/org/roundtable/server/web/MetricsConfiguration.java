package org.roundtable.server.web;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The metrics that cost nothing nobody reads: Spring Security observes every filter of every request by
 * default, which a profile of a vote showed as the largest share of a request thread's CPU (the hashing of
 * meter tags its hottest method), and no dashboard asks for it. Request latency per route
 * ({@code http.server.requests}), the pool and the projection lag stay.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    ObservationPredicate noSecurityFilterObservations() {
        return (name, context) -> !name.startsWith("spring.security.");
    }
}
