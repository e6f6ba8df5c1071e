package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.*;

/** Partners were recorded as attending a meeting; lists only those not recorded before. */
public record AttendanceRecorded(PartnershipId partnershipId, MeetingId meetingId, List<Attendee> attendees) {
}
