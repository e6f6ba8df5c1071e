package org.roundtable.server.pages;

import java.util.Arrays;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.FindRoles;
import org.roundtable.api.queries.PartnershipRoles;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.server.actor.CurrentActor;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every page of one partnership reads first: the partnership itself, and what its user may do there. */
@Component
class PageReads {

    /** The model's flag that a view did not show the user's last act in time. */
    static final String BEHIND = "behind";

    private final ViewReader views;
    private final CurrentActor currentActor;

    PageReads(ViewReader views, CurrentActor currentActor) {
        this.views = views;
        this.currentActor = currentActor;
    }

    /**
     * Lets each of {@code viewNames} catch up with the act the user just made ({@code minSequence}, from the
     * redirect after it); a view still behind after the wait is shown as it is, with a word on the page
     * ({@value #BEHIND}) that the act may not show yet, rather than an error in place of the page.
     */
    void catchUp(Model model, PartnershipId partnershipId, Long minSequence, String... viewNames) {
        boolean current = Arrays.stream(viewNames).allMatch(view -> views.caughtUp(view, partnershipId, minSequence));
        model.addAttribute(BEHIND, !current);
    }

    /** The partnership as its view shows it; 404 when the view does not know it. */
    PartnershipView partnership(PartnershipId partnershipId) {
        return report(new FindPartnership(partnershipId), PartnershipView.class);
    }

    /** The answer to a query about the whole partnership (a report, a list); 404 when its view does not know it. */
    <R> R report(Object query, Class<R> answer) {
        return views.find(query, answer, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
    }

    /** The current user's roles in {@code partnership}, as the forms of its pages need them. */
    Viewer viewerOf(PartnershipView partnership) {
        String user = currentActor.get().name();
        return Viewer.of(user, views.get(new FindRoles(partnership.id(), user), PartnershipRoles.class), partnership);
    }
}
