package org.roundtable.api.queries;

import org.roundtable.api.PartnerId;
import org.roundtable.api.Sector;

/** A withdrawn partner's counts, as they stood when it withdrew; left out of every share and index. */
public record WithdrawnParticipation(
        PartnerId partnerId,
        String name,
        Sector sector,
        int proposals,
        int votesCast,
        int contributions,
        long speakingSeconds,
        int lessons) {}
