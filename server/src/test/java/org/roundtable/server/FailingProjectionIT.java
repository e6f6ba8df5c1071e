package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.roundtable.api.PartnershipId;
import org.roundtable.server.support.FlakyLessonProjection;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A projection that throws is retried until it succeeds; it never skips the event it failed on,
 * and handles the events after it only afterwards, each once.
 */
@RoundtableIntegrationTest
class FailingProjectionIT {

    /** Axon backs off 1 s, then 2 s, ... before retrying a failed segment. */
    static final Duration RETRIES = Duration.ofSeconds(45);

    @Autowired
    Roundtable table;

    @Autowired
    FlakyLessonProjection flaky;

    @Test
    void aFailingProjectionRetriesTheEventItFailedOnAndSkipsNothing() {
        String partnership = table.formPartnership("CONSENT");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        flaky.failNextMarker(2);

        for (String title : List.of("Before the failure", FlakyLessonProjection.MARKER, "After the failure")) {
            table.api().create(Roundtable.partnership(partnership) + "/lessons", """
                    {"partnerId": "%s", "title": "%s", "text": "Written down"}""".formatted(residents, title));
        }

        PartnershipId id = PartnershipId.valueOf(partnership);
        await().atMost(RETRIES).until(() -> flaky.handledTitles(id).size() >= 3);
        assertThat(flaky.handledTitles(id))
                .containsExactly("Before the failure", FlakyLessonProjection.MARKER, "After the failure");
        assertThat(flaky.markerDeliveries())
                .as("two failed deliveries, then the successful one")
                .isEqualTo(3);
    }
}
