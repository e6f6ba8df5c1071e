package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.ProposalId;
import org.roundtable.api.commands.CastVote;
import org.roundtable.api.commands.CloseProposal;
import org.roundtable.api.commands.ProposalClosure;
import org.roundtable.api.commands.SubmitProposal;
import org.roundtable.api.queries.Agenda;
import org.roundtable.api.queries.AgendaItem;
import org.roundtable.api.queries.DecisionLog;
import org.roundtable.api.queries.DecisionView;
import org.roundtable.api.queries.FindAgenda;
import org.roundtable.api.queries.FindDecisions;
import org.roundtable.api.queries.FindProposal;
import org.roundtable.api.queries.FindProposalTrail;
import org.roundtable.api.queries.ProposalTrail;
import org.roundtable.api.queries.ProposalView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.ClosureBody;
import org.roundtable.server.http.RequestBodies.ProposalBody;
import org.roundtable.server.http.RequestBodies.VoteBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.roundtable.server.write.Written;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Puts proposals to the vote, takes the votes, closes proposals and shows the decisions reached. */
@RestController
@Tag(name = "Proposals")
class ProposalController {

    private final WritePipeline commands;
    private final ViewReader views;

    ProposalController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "submitProposal", summary = "Submit a proposal to the vote")
    @PostMapping(Paths.PARTNERSHIP + "/proposals")
    ResponseEntity<Created> submit(@PathVariable PartnershipId partnershipId, @RequestBody ProposalBody body) {
        ProposalId proposalId = ProposalId.random();
        return commands.send(
                partnershipId,
                new SubmitProposal(
                        partnershipId,
                        proposalId,
                        body.partnerId(),
                        body.kind(),
                        body.title(),
                        body.text(),
                        body.targetPhase(),
                        body.indicator() == null ? null : body.indicator().definition(),
                        body.evidence()),
                written -> written.created(proposalId.value(), Paths.PROPOSAL, partnershipId, proposalId));
    }

    @Operation(operationId = "showProposal", summary = "Show a proposal with its tally and votes")
    @GetMapping(Paths.PROPOSAL)
    ProposalView show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable ProposalId proposalId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.DECISIONS, partnershipId, minSequence);
        return views.find(
                new FindProposal(partnershipId, proposalId),
                ProposalView.class,
                ErrorCode.PROPOSAL_NOT_FOUND,
                "proposal");
    }

    /** Every event of the proposal in order with the tally after it; read from the event store, so always current. */
    @Operation(operationId = "showProposalTrail", summary = "Show how a proposal was decided, event by event")
    @GetMapping(Paths.PROPOSAL + "/trail")
    ProposalTrail trail(@PathVariable PartnershipId partnershipId, @PathVariable ProposalId proposalId) {
        return views.find(
                new FindProposalTrail(partnershipId, proposalId),
                ProposalTrail.class,
                ErrorCode.PROPOSAL_NOT_FOUND,
                "proposal");
    }

    /** Casts a vote, or changes it while the proposal is open; each change stays on the record. */
    @Operation(operationId = "castVote", summary = "Cast or change a vote on a proposal")
    @PostMapping(Paths.PROPOSAL + "/votes")
    ResponseEntity<Void> vote(
            @PathVariable PartnershipId partnershipId,
            @PathVariable ProposalId proposalId,
            @RequestBody VoteBody body) {
        return commands.send(
                partnershipId,
                new CastVote(partnershipId, proposalId, body.partnerId(), body.choice(), body.rationale()),
                Written::noContent);
    }

    /**
     * Closes the proposal and answers the outcome with the tally it was decided on. The body is
     * optional and empty; it is read only so that a body with fields is refused.
     */
    @Operation(operationId = "closeProposal", summary = "Close a proposal and decide it")
    @PostMapping(Paths.PROPOSAL + "/closure")
    ResponseEntity<ProposalClosure> close(
            @PathVariable PartnershipId partnershipId,
            @PathVariable ProposalId proposalId,
            @RequestBody(required = false) ClosureBody body) {
        return commands.send(partnershipId, new CloseProposal(partnershipId, proposalId), Written<ProposalClosure>::ok);
    }

    /** The open proposals, oldest first: what is still to be voted on. */
    @Operation(operationId = "showAgenda", summary = "List the proposals open to the vote")
    @GetMapping(Paths.PARTNERSHIP + "/agenda")
    List<AgendaItem> agenda(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.DECISIONS, partnershipId, minSequence);
        return views.find(new FindAgenda(partnershipId), Agenda.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership")
                .proposals();
    }

    /** The closed proposals, oldest first. */
    @Operation(operationId = "listDecisions", summary = "List the decisions reached")
    @GetMapping(Paths.PARTNERSHIP + "/decisions")
    List<DecisionView> decisions(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.DECISIONS, partnershipId, minSequence);
        return views.find(
                        new FindDecisions(partnershipId),
                        DecisionLog.class,
                        ErrorCode.PARTNERSHIP_NOT_FOUND,
                        "partnership")
                .decisions();
    }
}
