package org.roundtable.api.events;

import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Sector;

/** An attending partner spoke at a meeting for {@code seconds}. */
public record ContributionRecorded(
        PartnershipId partnershipId,
        MeetingId meetingId,
        PartnerId partnerId,
        Sector sector,
        int seconds,
        String topic) {}
