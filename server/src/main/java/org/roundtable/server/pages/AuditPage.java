package org.roundtable.server.pages;

import java.util.HashMap;
import java.util.Map;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.WitnessId;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.api.queries.WitnessList;
import org.roundtable.server.audit.PartnershipAudit;
import org.roundtable.server.checkpoints.Checkpoints;
import org.roundtable.server.checkpoints.IssuedCheckpoint;
import org.roundtable.server.read.ViewReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's page: the re-check of the partnership's hash chain, its export to download, the latest signed
 * checkpoint with its cosigners, how to verify the export offline against it, and the way to see the
 * partnership as it stood at an instant.
 */
@Controller
class AuditPage {

    private final PartnershipAudit audit;
    private final ViewReader views;
    private final Checkpoints checkpoints;

    AuditPage(PartnershipAudit audit, ViewReader views, Checkpoints checkpoints) {
        this.audit = audit;
        this.views = views;
        this.checkpoints = checkpoints;
    }

    @GetMapping(PagePaths.AUDIT)
    String show(@PathVariable PartnershipId partnershipId, Model model) {
        audit.requireKnown(partnershipId);
        model.addAttribute(
                "partnership",
                views.find(
                        new FindPartnership(partnershipId),
                        PartnershipView.class,
                        ErrorCode.PARTNERSHIP_NOT_FOUND,
                        "partnership"));
        model.addAttribute("audit", audit.audit(partnershipId));
        IssuedCheckpoint checkpoint = checkpoints.latest(partnershipId);
        model.addAttribute("checkpoint", checkpoint);
        model.addAttribute("checkpointKey", checkpoints.verifierKey());
        Map<WitnessId, String> witnesses = new HashMap<>();
        views.find(new FindWitnesses(partnershipId), WitnessList.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership")
                .witnesses()
                .forEach(witness -> witnesses.put(witness.witnessId(), witness.name()));
        model.addAttribute(
                "cosigners", checkpoint.cosigners().stream().map(witnesses::get).toList());
        return "audit";
    }

    /** The latest checkpoint as a file, for the offline verifier beside the export. */
    @GetMapping(PagePaths.PARTNERSHIP + "/checkpoint.txt")
    ResponseEntity<String> checkpoint(@PathVariable PartnershipId partnershipId) {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_PLAIN)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("checkpoint-" + partnershipId + ".txt")
                                .build()
                                .toString())
                .body(checkpoints.latest(partnershipId).note());
    }

    /** The same export as the API's, as a file to download with the browser's session. */
    @GetMapping(PagePaths.PARTNERSHIP + "/events.ndjson")
    ResponseEntity<StreamingResponseBody> export(@PathVariable PartnershipId partnershipId) {
        audit.requireKnown(partnershipId);
        return ResponseEntity.ok()
                .contentType(PartnershipAudit.NDJSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("partnership-" + partnershipId + ".ndjson")
                                .build()
                                .toString())
                .body(out -> audit.export(partnershipId, out));
    }
}
