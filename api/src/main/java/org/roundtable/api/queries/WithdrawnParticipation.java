package org.roundtable.api.queries;

import org.roundtable.api.*;

/** A withdrawn partner's counts, as they stood when it withdrew; left out of every share and index. */
public record WithdrawnParticipation(PartnerId partnerId, String name, Sector sector, int proposals, int votesCast, int contributions, long speakingSeconds, int lessons) {
}
