package org.roundtable.api.queries;

import org.roundtable.api.PartnershipId;

/** Asks for the meetings of a partnership; answers an optional {@link MeetingList}, empty for an unknown partnership. */
public record FindMeetings(PartnershipId partnershipId) {}
