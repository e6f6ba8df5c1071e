package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.PartnershipId;
import org.roundtable.audit.AuditResult;
import org.roundtable.server.audit.PartnershipAudit;
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
@Tag(name = "Audit")
class AuditController {

    private final PartnershipAudit audit;

    AuditController(PartnershipAudit audit) {
        this.audit = audit;
    }

    /** Streamed as it is read from the store, so an export of any length takes the same memory. */
    @Operation(
            operationId = "exportEvents",
            summary = "Export the partnership's stored events, one JSON object a line",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The events in stream order, as NDJSON",
                            content =
                                    @Content(
                                            mediaType = PartnershipAudit.NDJSON_VALUE,
                                            schema = @Schema(type = "string"))))
    @GetMapping(Paths.PARTNERSHIP + "/events")
    ResponseEntity<StreamingResponseBody> events(@PathVariable PartnershipId partnershipId) {
        audit.requireKnown(partnershipId);
        return ResponseEntity.ok().contentType(PartnershipAudit.NDJSON).body(out -> audit.export(partnershipId, out));
    }

    @Operation(operationId = "auditPartnership", summary = "Re-check the partnership's hash chain")
    @GetMapping(Paths.PARTNERSHIP + "/audit")
    AuditResult audit(@PathVariable PartnershipId partnershipId) {
        audit.requireKnown(partnershipId);
        return audit.audit(partnershipId);
    }
}
