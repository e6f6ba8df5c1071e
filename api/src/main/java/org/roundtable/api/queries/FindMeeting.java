package org.roundtable.api.queries;

import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnershipId;

/** Asks for one meeting; answers an optional {@link MeetingView}. */
public record FindMeeting(PartnershipId partnershipId, MeetingId meetingId) {}
