package org.roundtable.server.pages;

import java.util.List;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipRoles;
import org.roundtable.api.queries.PartnershipView;

/**
 * What the user looking at a partnership's page may do there, so that a page offers only the acts the
 * partnership would accept from them: coordinating, and acting for the active partners they represent.
 * Auditors and the holders of a global role without an appointment only read. The partnership still
 * decides every act itself; this only spares a user controls that would be refused.
 */
public record Viewer(String user, boolean coordinator, List<PartnerView> represents) {

    static Viewer of(String user, PartnershipRoles roles, PartnershipView partnership) {
        List<PartnerView> represented = partnership.partners().stream()
                .filter(partner -> partner.status() == PartnerStatus.ACTIVE)
                .filter(partner -> roles.represents().contains(partner.id()))
                .toList();
        return new Viewer(user, roles.coordinator(), represented);
    }

    /** Whether the user acts for at least one active partner. */
    public boolean representative() {
        return !represents.isEmpty();
    }

    /** Whether the page shows no control to act at all. */
    public boolean readsOnly() {
        return !coordinator && represents.isEmpty();
    }
}
