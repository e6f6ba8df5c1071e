package org.roundtable.api.queries;

import org.roundtable.api.Actor;
import org.roundtable.api.GlobalRole;

/**
 * Asks for one page of partnerships, newest first; answers a {@link PartnershipPage}. With a
 * {@code member}, only the partnerships in which that user holds a role; with none, every one.
 */
public record FindPartnerships(int page, int size, String member) {

    /** A page of every partnership. */
    public FindPartnerships(int page, int size) {
        this(page, size, null);
    }

    /** A page of the partnerships {@code actor} may see: every one for the holders of a global role, else its own. */
    public static FindPartnerships visibleTo(Actor actor, int page, int size) {
        boolean seesAll = actor.holds(GlobalRole.ADMIN) || actor.holds(GlobalRole.AUDITOR);
        return seesAll ? new FindPartnerships(page, size) : new FindPartnerships(page, size, actor.name());
    }
}
