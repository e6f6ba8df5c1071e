package org.roundtable.api.commands;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** Records that the listed active partners attend the meeting; refused whole if one is not active. */
public record RecordAttendance(
        @TargetAggregateIdentifier PartnershipId partnershipId, MeetingId meetingId, List<PartnerId> partnerIds) {}
