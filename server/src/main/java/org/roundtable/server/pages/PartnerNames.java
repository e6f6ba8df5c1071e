package org.roundtable.server.pages;

import java.util.Map;
import java.util.stream.Collectors;
import org.roundtable.api.PartnerId;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipView;

/** The names of a partnership's partners, withdrawn ones too, for the pages that list acts by partner id. */
public record PartnerNames(Map<PartnerId, String> names) {

    static PartnerNames of(PartnershipView partnership) {
        return new PartnerNames(
                partnership.partners().stream().collect(Collectors.toMap(PartnerView::id, PartnerView::name)));
    }

    /** The partner's name; its id when the partnership does not know it (it never should). */
    public String of(PartnerId partnerId) {
        return partnerId == null ? "" : names.getOrDefault(partnerId, partnerId.toString());
    }
}
