package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.commands.MakePledge;
import org.roundtable.api.commands.PledgeBalance;
import org.roundtable.api.commands.RecordDelivery;
import org.roundtable.api.commands.WithdrawPledge;
import org.roundtable.api.queries.FindPledge;
import org.roundtable.api.queries.PledgeView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.DeliveryBody;
import org.roundtable.server.http.RequestBodies.PledgeBody;
import org.roundtable.server.http.RequestBodies.WithdrawalBody;
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

/** Records the partners' pledges of resources, the deliveries against them and their withdrawal; shows one pledge. */
@RestController
@Tag(name = "Pledges")
class PledgeController {

    private final WritePipeline commands;
    private final ViewReader views;

    PledgeController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "makePledge", summary = "Pledge resources")
    @PostMapping(Paths.PARTNERSHIP + "/pledges")
    ResponseEntity<Created> pledge(@PathVariable PartnershipId partnershipId, @RequestBody PledgeBody body) {
        PledgeId pledgeId = PledgeId.random();
        return commands.send(
                partnershipId,
                new MakePledge(
                        partnershipId,
                        pledgeId,
                        body.partnerId(),
                        body.kind(),
                        body.amount(),
                        body.unit(),
                        body.description()),
                written -> written.created(pledgeId.value(), Paths.PLEDGE, partnershipId, pledgeId));
    }

    /** The pledge with its deliveries, from the commitments view. */
    @Operation(operationId = "showPledge", summary = "Show a pledge with its deliveries")
    @GetMapping(Paths.PLEDGE)
    PledgeView show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PledgeId pledgeId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.COMMITMENTS, partnershipId, minSequence);
        return views.find(
                new FindPledge(partnershipId, pledgeId), PledgeView.class, ErrorCode.PLEDGE_NOT_FOUND, "pledge");
    }

    /** Records a delivery of at most what remains of the pledge and answers the pledge's balance. */
    @Operation(operationId = "recordDelivery", summary = "Record a delivery against a pledge")
    @PostMapping(Paths.PLEDGE + "/deliveries")
    ResponseEntity<PledgeBalance> deliver(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PledgeId pledgeId,
            @RequestBody DeliveryBody body) {
        return commands.send(
                partnershipId,
                new RecordDelivery(partnershipId, pledgeId, body.amount(), body.note()),
                Written<PledgeBalance>::ok);
    }

    /** Withdraws what remains of the pledge and answers the pledge's balance. */
    @Operation(operationId = "withdrawPledge", summary = "Withdraw what remains of a pledge")
    @PostMapping(Paths.PLEDGE + "/withdrawal")
    ResponseEntity<PledgeBalance> withdraw(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PledgeId pledgeId,
            @RequestBody WithdrawalBody body) {
        return commands.send(
                partnershipId, new WithdrawPledge(partnershipId, pledgeId, body.reason()), Written<PledgeBalance>::ok);
    }
}
