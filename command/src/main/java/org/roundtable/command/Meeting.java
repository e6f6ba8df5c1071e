package org.roundtable.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import org.roundtable.api.Attendee;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Sector;
import org.roundtable.api.events.AttendanceRecorded;
import org.roundtable.api.events.ContributionRecorded;

/**
 * A session of the forum, a member of the Partnership aggregate. It was held for the partners active
 * when it was recorded, so only they can be recorded as attending it (attendance = attended / held
 * stays at most 1); only its attendees speak at it.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Meeting {

    @EntityId
    private MeetingId meetingId;

    private PartnershipId partnershipId;
    // Declared LinkedHashSet: Jackson restores a Set as a HashSet, and a snapshot should read back in order.
    private LinkedHashSet<PartnerId> heldFor = new LinkedHashSet<>();
    private LinkedHashSet<PartnerId> attendees = new LinkedHashSet<>();

    Meeting() {
        // for snapshots
    }

    /** A meeting just recorded, held for {@code activePartners}. */
    Meeting(PartnershipId partnershipId, MeetingId meetingId, Set<PartnerId> activePartners) {
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.heldFor = new LinkedHashSet<>(activePartners);
    }

    /**
     * Records the listed active partners as attending; those recorded before change nothing, and
     * when nobody is new no event is recorded. One partner the meeting was not held for refuses all.
     */
    void recordAttendance(List<Attendee> listed) {
        listed.forEach(attendee -> requireHeldFor(attendee.partnerId()));
        List<Attendee> newcomers = listed.stream()
                .filter(attendee -> !attendees.contains(attendee.partnerId()))
                .toList();
        if (!newcomers.isEmpty()) {
            apply(new AttendanceRecorded(partnershipId, meetingId, newcomers));
        }
    }

    /** Records a speaking turn of an attending partner. */
    void recordContribution(PartnerId partnerId, Sector sector, int seconds, String topic) {
        requireAttending(partnerId);
        apply(new ContributionRecorded(partnershipId, meetingId, partnerId, sector, seconds, topic));
    }

    private void requireHeldFor(PartnerId partnerId) {
        if (!heldFor.contains(partnerId)) {
            throw new RuleViolation(
                    ErrorCode.JOINED_AFTER_MEETING,
                    "partnerIds",
                    "Partner " + partnerId + " joined after meeting " + meetingId + " was recorded: the meeting "
                            + "was not held for it, so it cannot be recorded as attending");
        }
    }

    private void requireAttending(PartnerId partnerId) {
        if (!attendees.contains(partnerId)) {
            throw new RuleViolation(
                    ErrorCode.NOT_ATTENDING,
                    "partnerId",
                    "Partner " + partnerId + " is not recorded as attending meeting " + meetingId
                            + ": record its attendance before its contributions");
        }
    }

    @EventSourcingHandler
    void on(AttendanceRecorded event) {
        event.attendees().forEach(attendee -> attendees.add(attendee.partnerId()));
    }

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting that
                && Objects.equals(meetingId, that.meetingId)
                && Objects.equals(partnershipId, that.partnershipId)
                && heldFor.equals(that.heldFor)
                && attendees.equals(that.attendees);
    }

    @Override
    public int hashCode() {
        return Objects.hash(meetingId, attendees.size());
    }
}
