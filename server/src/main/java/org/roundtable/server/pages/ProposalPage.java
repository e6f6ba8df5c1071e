package org.roundtable.server.pages;

import java.util.stream.Collectors;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.ProposalStatus;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.queries.FindIndicators;
import org.roundtable.api.queries.FindProposal;
import org.roundtable.api.queries.FindProposalTrail;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.ProposalTrail;
import org.roundtable.api.queries.ProposalView;
import org.roundtable.api.queries.VoteView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.ViewReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A proposal's page: its text, electorate and tally, the indicators it cites as the voters saw them, the
 * scaling gate it met or not, and its trail, every vote and change of vote with its actor, time and the
 * running tally after it, so that a block later lifted stays in sight. Its representatives vote there,
 * and its coordinators close it.
 */
@Controller
class ProposalPage {

    private final ViewReader views;
    private final PageReads reads;
    private final PageActs acts;

    ProposalPage(ViewReader views, PageReads reads, PageActs acts) {
        this.views = views;
        this.reads = reads;
        this.acts = acts;
    }

    @GetMapping(PagePaths.PROPOSAL)
    String show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable ProposalId proposalId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence,
            Model model) {
        reads.catchUp(model, partnershipId, minSequence, ViewNames.DECISIONS, ViewNames.PARTNERSHIP);
        ProposalView proposal = views.find(
                new FindProposal(partnershipId, proposalId),
                ProposalView.class,
                ErrorCode.PROPOSAL_NOT_FOUND,
                "proposal");
        PartnershipView partnership = reads.partnership(partnershipId);
        ProposalTrail trail = views.find(
                new FindProposalTrail(partnershipId, proposalId),
                ProposalTrail.class,
                ErrorCode.PROPOSAL_NOT_FOUND,
                "proposal");
        Viewer viewer = reads.viewerOf(partnership);
        model.addAttribute("partnership", partnership);
        model.addAttribute("proposal", proposal);
        model.addAttribute("trail", trail.entries());
        model.addAttribute("names", PartnerNames.of(partnership));
        // the evidence and the gate cite indicators by id: the page names them
        model.addAttribute(
                "indicatorNames",
                IndicatorNames.of(reads.report(new FindIndicators(partnershipId), IndicatorList.class)));
        model.addAttribute("viewer", viewer);
        model.addAttribute("open", proposal.status() == ProposalStatus.OPEN);
        model.addAttribute("choices", VoteChoice.values());
        // A representative who voted finds its vote chosen in the form, to change it or leave it.
        model.addAttribute(
                "latestChoices",
                proposal.votes().stream().collect(Collectors.toMap(VoteView::partnerId, VoteView::choice)));
        return "proposal";
    }

    /** Casts the partner's vote, or changes it: each change stays on the trail. */
    @PostMapping(PagePaths.PROPOSAL + "/votes")
    String vote(
            @PathVariable PartnershipId partnershipId,
            @PathVariable ProposalId proposalId,
            @RequestParam PartnerId partnerId,
            @RequestParam VoteChoice choice,
            @RequestParam(required = false) String rationale) {
        return acts.carryOut(
                partnershipId,
                new CastVote(partnershipId, proposalId, partnerId, choice, PageActs.givenOrNull(rationale)),
                PagePaths.proposal(partnershipId, proposalId));
    }

    @PostMapping(PagePaths.PROPOSAL + "/closure")
    String close(@PathVariable PartnershipId partnershipId, @PathVariable ProposalId proposalId) {
        return acts.carryOut(
                partnershipId,
                new CloseProposal(partnershipId, proposalId),
                PagePaths.proposal(partnershipId, proposalId));
    }
}
