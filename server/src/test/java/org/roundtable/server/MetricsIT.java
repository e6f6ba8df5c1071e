package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The metrics people use, at {@code /actuator/prometheus} for ADMINs: request latency per route, the pool,
 * each view's projection lag; and none of the per-filter security observations or log-event counters
 * nobody reads.
 */
@RoundtableIntegrationTest
class MetricsIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void anAdminScrapesRequestLatencyPerRouteThePoolAndEachViewsLag() {
        table.formPartnership("MAJORITY");

        Api.Response scrape = api.as(Api.ADMIN).get("/actuator/prometheus");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/partnerships\"")
                .contains("hikaricp_connections_active")
                .contains("roundtable_projection_lag_events{view=\"views\"}")
                .doesNotContain("spring_security_filterchains")
                .as("no counter of log events, whose filter runs on every log level check")
                .doesNotContain("logback_events");
    }

    @Test
    void onlyAnAdminScrapes() {
        api.get("/actuator/prometheus").problem(403, "ADMINS_ONLY");
        api.anonymous().get("/actuator/prometheus").problem(401, "UNAUTHENTICATED");
    }
}
