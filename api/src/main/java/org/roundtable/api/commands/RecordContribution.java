package org.roundtable.api.commands;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.api.MeetingId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** Records a speaking turn of an attending partner; {@code seconds} is boxed so that a missing value is told apart. */
public record RecordContribution(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        MeetingId meetingId,
        PartnerId partnerId,
        Integer seconds,
        String topic) {}
