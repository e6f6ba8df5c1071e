package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;

/** The users who act for a partner are now exactly {@code representatives} (none: nobody acts for it). */
public record PartnerRepresentativesChanged(
        PartnershipId partnershipId, PartnerId partnerId, List<String> representatives) {}
