package org.roundtable.api.queries;

import java.time.Instant;
import java.util.List;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;

/** A meeting with its attendees (in the order recorded) and its speaking turns. */
public record MeetingView(
        MeetingId id,
        String title,
        Instant heldAt,
        Instant recordedAt,
        List<PartnerId> attendees,
        List<ContributionView> contributions) {}
