package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.commands.AdmitPartner;
import org.roundtable.api.commands.WithdrawPartner;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.PartnerView;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.AdmitPartnerBody;
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

/** Admits partner organisations, shows one, and records their withdrawal. */
@RestController
@Tag(name = "Partners")
class PartnerController {

    private final WritePipeline commands;
    private final ViewReader views;

    PartnerController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "admitPartner", summary = "Admit a partner organisation")
    @PostMapping(Paths.PARTNERSHIP + "/partners")
    ResponseEntity<Created> admit(@PathVariable PartnershipId partnershipId, @RequestBody AdmitPartnerBody body) {
        PartnerId partnerId = PartnerId.random();
        return commands.send(
                partnershipId,
                new AdmitPartner(partnershipId, partnerId, body.name(), body.sector(), body.representatives()),
                written -> written.created(partnerId.value(), Paths.PARTNER, partnershipId, partnerId));
    }

    /** A partner as the partnership view lists it. */
    @Operation(operationId = "showPartner", summary = "Show a partner")
    @GetMapping(Paths.PARTNER)
    PartnerView show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PartnerId partnerId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.PARTNERSHIP, partnershipId, minSequence);
        PartnershipView partnership = views.find(
                new FindPartnership(partnershipId),
                PartnershipView.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
        return partnership.partners().stream()
                .filter(partner -> partner.id().equals(partnerId))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound(ErrorCode.PARTNER_NOT_FOUND, "partner"));
    }

    @Operation(operationId = "withdrawPartner", summary = "Record the withdrawal of a partner")
    @PostMapping(Paths.PARTNER + "/withdrawal")
    ResponseEntity<Void> withdraw(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PartnerId partnerId,
            @RequestBody WithdrawalBody body) {
        return commands.send(
                partnershipId, new WithdrawPartner(partnershipId, partnerId, body.reason()), Written::noContent);
    }
}
