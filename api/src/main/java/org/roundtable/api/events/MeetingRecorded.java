package org.roundtable.api.events;

import java.time.Instant;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnershipId;

/** A session of the forum was recorded; it counts as held for every partner active at this moment. */
public record MeetingRecorded(PartnershipId partnershipId, MeetingId meetingId, String title, Instant heldAt) {}
