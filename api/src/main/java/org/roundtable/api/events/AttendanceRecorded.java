package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.Attendee;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnershipId;

/** Partners were recorded as attending a meeting; lists only those not recorded before. */
public record AttendanceRecorded(PartnershipId partnershipId, MeetingId meetingId, List<Attendee> attendees) {}
