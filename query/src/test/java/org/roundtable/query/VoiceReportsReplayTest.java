package org.roundtable.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindMeeting;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPledge;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.MeetingView;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PledgeView;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.query.support.QueryModule;
import org.roundtable.query.support.RandomSessions;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.ViewNames;

/**
 * The counting views are rebuilt exactly: after a reset, which forgets their positions, a replay of
 * the same streams applies every event again and ends with the same JSON, byte for byte; and a
 * re-delivery of streams already applied changes nothing.
 */
class VoiceReportsReplayTest {

    /** As the HTTP API writes the reports: ISO-8601 instants, ids as their UUIDs. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private QueryModule views;
    private List<Session> sessions;

    @BeforeEach
    void feed() {
        views = new QueryModule(database, ViewNames.PARTICIPATION, ViewNames.POWER_BALANCE, ViewNames.COMMITMENTS);
        sessions = LongStream.rangeClosed(101, 103)
                .mapToObj(seed -> RandomSessions.generate(seed, 150))
                .toList();
        sessions.forEach(session -> views.apply(session.partnership(), session.events()));
    }

    @Test
    void aReplayAfterAResetEndsWithTheSameJson() {
        List<String> before = reads();
        assertThat(before)
                .allSatisfy(read -> assertThat(read)
                        .contains(
                                "\"pledged\"",
                                "\"contributions\"",
                                "\"deliveries\"",
                                "\"voiceGini\"",
                                "\"agendaGini\""));

        views.reset();
        assertThat(views.find(new FindParticipation(sessions.get(0).partnership()), ParticipationReport.class))
                .as("emptied by the reset")
                .isEmpty();
        sessions.forEach(session -> views.apply(session.partnership(), session.events()));

        assertThat(reads()).isEqualTo(before);
    }

    @Test
    void aRedeliveredStreamChangesNothing() {
        List<String> before = reads();

        sessions.forEach(session -> views.apply(session.partnership(), session.events()));

        assertThat(reads()).isEqualTo(before);
    }

    /** Each session's three reports, meetings and pledges, as JSON. */
    private List<String> reads() {
        return sessions.stream().map(this::read).toList();
    }

    private String read(Session session) {
        Map<String, Object> reads = new LinkedHashMap<>();
        reads.put(
                "participation",
                views.find(new FindParticipation(session.partnership()), ParticipationReport.class)
                        .orElseThrow());
        reads.put(
                "power-balance",
                views.find(new FindPowerBalance(session.partnership()), PowerBalanceReport.class)
                        .orElseThrow());
        reads.put(
                "commitments",
                views.find(new FindCommitments(session.partnership()), CommitmentsReport.class)
                        .orElseThrow());
        reads.put(
                "meetings",
                session.meetings().stream()
                        .map(meeting -> views.find(new FindMeeting(session.partnership(), meeting), MeetingView.class)
                                .orElseThrow())
                        .toList());
        reads.put(
                "pledges",
                session.pledges().stream()
                        .map(pledge -> views.find(new FindPledge(session.partnership(), pledge), PledgeView.class)
                                .orElseThrow())
                        .toList());
        try {
            return JSON.writeValueAsString(reads);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
