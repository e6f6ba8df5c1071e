package org.roundtable.api.commands;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnershipId;

/** Records a session of the forum, held (or to be held) at {@code heldAt}. */
public record RecordMeeting(
        @TargetAggregateIdentifier PartnershipId partnershipId, MeetingId meetingId, String title, Instant heldAt) {}
