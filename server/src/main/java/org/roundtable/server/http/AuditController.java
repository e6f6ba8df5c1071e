package org.roundtable.server.http;

import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.audit.AuditResult;
import org.roundtable.server.audit.PartnershipAudit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit of SPEC section 7: a partnership's event stream as stored, one event a line, and the
 * re-check of its hash chain. Both read the event store itself, not a view, so they take no
 * {@code minSequence}: they show every event stored when the read starts.
 */
@RestController
class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final PartnershipAudit audit;

    AuditController(PartnershipAudit audit) {
        this.audit = audit;
    }

    /** Streamed as it is read from the store, so an export of any length takes the same memory. */
    @GetMapping(Paths.PARTNERSHIP + "/events")
    ResponseEntity<StreamingResponseBody> events(@PathVariable PartnershipId partnershipId) {
        requireKnown(partnershipId);
        return ResponseEntity.ok().contentType(NDJSON).body(out -> audit.export(partnershipId, out));
    }

    @GetMapping(Paths.PARTNERSHIP + "/audit")
    AuditResult audit(@PathVariable PartnershipId partnershipId) {
        requireKnown(partnershipId);
        return audit.audit(partnershipId);
    }

    private void requireKnown(PartnershipId partnershipId) {
        if (!audit.exists(partnershipId)) {
            throw RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
        }
    }
}
