package org.roundtable.api.events;

import org.roundtable.api.*;

/** An attending partner spoke at a meeting for {@code seconds}. */
public record ContributionRecorded(PartnershipId partnershipId, MeetingId meetingId, PartnerId partnerId, Sector sector, int seconds, String topic) {
}
