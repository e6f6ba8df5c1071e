package org.roundtable.server.pages;

import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.server.audit.PartnershipAudit;
import org.roundtable.server.read.ViewReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's page: the re-check of the partnership's hash chain, its export to download, how to verify
 * that export offline, and the way to see the partnership as it stood at an instant.
 */
@Controller
class AuditPage {

    private final PartnershipAudit audit;
    private final ViewReader views;

    AuditPage(PartnershipAudit audit, ViewReader views) {
        this.audit = audit;
        this.views = views;
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
        return "audit";
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
