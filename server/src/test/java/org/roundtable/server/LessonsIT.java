package org.roundtable.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.roundtable.server.support.Api;
import org.roundtable.server.support.Roundtable;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Lessons learnt, logged by partners and read back by phase. */
@RoundtableIntegrationTest
class LessonsIT {

    @Autowired
    Api api;

    @Autowired
    Roundtable table;

    @Test
    void aLessonWithoutPhaseBelongsToTheCurrentPhase() {
        String partnership = table.formPartnership("CONSENT");
        String residents = table.admit(partnership, "Riverside Residents", "COMMUNITY");
        String lessons = Roundtable.partnership(partnership) + "/lessons";

        Api.Response logged = api.post(lessons, """
                {"partnerId": "%s", "title": "Meet in the evening", "text": "Residents work during the day"}""".formatted(residents));
        assertThat(logged.status()).isEqualTo(201);
        String lesson = logged.json().path("id").asText();
        assertThat(logged.location()).endsWith(lessons + "/" + lesson);

        Api.Response book = api.get(lessons + "?minSequence=" + logged.sequence());
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.json().path("phases").findValuesAsText("title")).containsExactly("Meet in the evening");
        JsonNode mobilize = book.json().path("phases").get(0);
        assertThat(mobilize.path("phase").asText()).isEqualTo("MOBILIZE");
        assertThat(mobilize.path("lessons").get(0).path("partnerId").asText()).isEqualTo(residents);

        Api.Response lessonRead = api.get(lessons + "/" + lesson + "?minSequence=" + logged.sequence());
        assertThat(lessonRead.status()).isEqualTo(200);
        JsonNode shown = lessonRead.json();
        assertThat(shown.path("text").asText()).isEqualTo("Residents work during the day");
        assertThat(shown.path("phase").asText()).isEqualTo("MOBILIZE");
    }

    @Test
    void anUnknownLessonIsNotFound() {
        String partnership = table.formPartnership("CONSENT");
        api.awaitView(Roundtable.partnership(partnership) + "/lessons", shown -> true);

        api.get(Roundtable.partnership(partnership) + "/lessons/" + UUID.randomUUID())
                .problem(404, "LESSON_NOT_FOUND");
    }
}
