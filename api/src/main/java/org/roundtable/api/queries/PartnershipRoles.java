package org.roundtable.api.queries;

import java.util.List;
import org.roundtable.api.PartnerId;

/** The roles one user holds in one partnership, by appointment: none at all means the partnership is hidden from the user. */
public record PartnershipRoles(boolean coordinator, boolean auditor, List<PartnerId> represents) {

    public static final PartnershipRoles NONE = new PartnershipRoles(false, false, List.of());

    /** Whether the user may read the partnership's views: any role lets a user see it. */
    public boolean any() {
        return coordinator || auditor || !represents.isEmpty();
    }
}
