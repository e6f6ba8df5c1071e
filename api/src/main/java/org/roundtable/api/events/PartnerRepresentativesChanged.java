package org.roundtable.api.events;

import java.util.List;
import org.roundtable.api.*;

/** The users who act for a partner are now exactly {@code representatives} (none: nobody acts for it). */
public record PartnerRepresentativesChanged(PartnershipId partnershipId, PartnerId partnerId, List<String> representatives) {
}
