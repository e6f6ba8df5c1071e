package org.roundtable.server.pages;

import java.math.BigDecimal;
import org.roundtable.api.DecisionMethod;
import org.roundtable.api.DecisionRule;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.queries.FindPartnerships;
import org.roundtable.api.queries.PartnershipPage;
import org.roundtable.server.actor.CurrentActor;
import org.roundtable.server.http.RequestBodies.DecisionRuleBody;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page a user sees: the partnerships they may see, and the form that forms a new one. */
@Controller
class PartnershipsPage {

    /** Partnerships a page of the list shows; a user rarely holds a role in more. */
    static final int PAGE_SIZE = 50;

    private final ViewReader views;
    private final CurrentActor currentActor;
    private final PageActs acts;

    PartnershipsPage(ViewReader views, CurrentActor currentActor, PageActs acts) {
        this.views = views;
        this.currentActor = currentActor;
        this.acts = acts;
    }

    @GetMapping(PagePaths.HOME)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, page);
        model.addAttribute(
                "partnerships",
                views.get(FindPartnerships.visibleTo(currentActor.get(), shown, PAGE_SIZE), PartnershipPage.class));
        model.addAttribute("methods", DecisionMethod.values());
        return "partnerships";
    }

    /** Forms a partnership with its decision rule; the user who forms it becomes its first coordinator. */
    @PostMapping(PagePaths.PARTNERSHIPS)
    String form(
            @RequestParam String name,
            @RequestParam String purpose,
            @RequestParam DecisionMethod method,
            @RequestParam(required = false) BigDecimal quorum,
            @RequestParam(defaultValue = "false") boolean requireEverySector) {
        PartnershipId partnershipId = PartnershipId.random();
        DecisionRule rule = new DecisionRuleBody(method, quorum, requireEverySector).withDefaults();
        return acts.carryOut(
                partnershipId,
                new FormPartnership(partnershipId, name, purpose, rule),
                PagePaths.partnership(partnershipId));
    }
}
