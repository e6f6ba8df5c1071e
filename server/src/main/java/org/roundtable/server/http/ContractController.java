package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.ContractVersion;
import org.roundtable.api.commands.DraftContractTerms;
import org.roundtable.api.commands.SignContract;
import org.roundtable.server.http.RequestBodies.ContractTermsBody;
import org.roundtable.server.http.RequestBodies.SignatureBody;
import org.roundtable.server.write.WritePipeline;
import org.roundtable.server.write.Written;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Drafts new versions of the partnership contract and records the partners' signatures. */
@RestController
@Tag(name = "Contract")
class ContractController {

    private final WritePipeline commands;

    ContractController(WritePipeline commands) {
        this.commands = commands;
    }

    /** Drafts the next version of the terms, voiding the signatures of earlier ones. */
    @Operation(operationId = "draftContract", summary = "Draft the next version of the contract")
    @PutMapping(Paths.PARTNERSHIP + "/contract")
    ResponseEntity<ContractVersion> draft(
            @PathVariable PartnershipId partnershipId, @RequestBody ContractTermsBody body) {
        return commands.send(
                partnershipId, new DraftContractTerms(partnershipId, body.terms()), Written<ContractVersion>::ok);
    }

    @Operation(operationId = "signContract", summary = "Sign the current version of the contract for a partner")
    @PostMapping(Paths.PARTNERSHIP + "/contract/signatures")
    ResponseEntity<Void> sign(@PathVariable PartnershipId partnershipId, @RequestBody SignatureBody body) {
        return commands.send(
                partnershipId,
                new SignContract(partnershipId, body.partnerId(), body.version(), body.signatory()),
                Written::noContent);
    }
}
