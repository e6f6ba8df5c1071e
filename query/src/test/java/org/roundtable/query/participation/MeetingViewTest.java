package org.roundtable.query.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;
import org.roundtable.api.queries.ContributionView;
import org.roundtable.api.queries.FindMeeting;
import org.roundtable.api.queries.MeetingView;
import org.roundtable.query.support.Session;
import org.roundtable.query.support.TestDatabase;
import org.roundtable.query.support.TestStream;
import org.roundtable.query.support.ViewFeed;

/** A meeting as the participation view keeps it: its attendees in the order recorded, its speaking turns. */
class MeetingViewTest {

    @RegisterExtension
    static final TestDatabase database = new TestDatabase();

    private final Session session = new Session();
    private ViewFeed view;
    private ParticipationQueryHandler queries;

    @BeforeEach
    void wire() {
        view = new ViewFeed(new ParticipationProjection(database.jdbc()), database.positions());
        queries = new ParticipationQueryHandler(database.jdbc());
    }

    @Test
    void aMeetingShowsItsAttendeesInTheOrderRecordedAndItsSpeakingTurns() {
        PartnerId city = session.admit("City", Sector.PUBLIC);
        PartnerId mill = session.admit("Mill", Sector.PRIVATE);
        PartnerId residents = session.admit("Residents", Sector.COMMUNITY);
        MeetingId meeting = session.meeting("Kick-off");
        long recorded = session.events().size();
        session.attend(meeting, residents, city);
        session.speak(meeting, city, 300);
        session.attend(meeting, mill, city);
        session.speak(meeting, residents, 45);

        MeetingView shown = find(session.partnership(), meeting).orElseThrow();

        assertThat(shown)
                .isEqualTo(new MeetingView(
                        meeting,
                        "Kick-off",
                        TestStream.T0.plus(Duration.ofDays(1)),
                        TestStream.at(recorded),
                        List.of(residents, city, mill),
                        List.of(
                                new ContributionView(city, 300, "The budget", TestStream.at(recorded + 2)),
                                new ContributionView(residents, 45, "The budget", TestStream.at(recorded + 4)))));
    }

    @Test
    void aMeetingIsNotFoundThroughAnotherPartnership() {
        MeetingId meeting = session.meeting("Kick-off");
        Session other = new Session();
        view.apply(other.partnership(), other.events());

        assertThat(find(session.partnership(), meeting)).isPresent();
        assertThat(find(other.partnership(), meeting)).isEmpty();
        assertThat(find(PartnershipId.random(), meeting)).isEmpty();
        assertThat(find(session.partnership(), MeetingId.random())).isEmpty();
    }

    private Optional<MeetingView> find(PartnershipId partnership, MeetingId meeting) {
        view.apply(session.partnership(), session.events());
        return queries.handle(new FindMeeting(partnership, meeting));
    }
}
