package org.roundtable.api.queries;

import org.roundtable.api.*;

/** Asks for one meeting; answers an optional {@link MeetingView}. */
public record FindMeeting(PartnershipId partnershipId, MeetingId meetingId) {
}
