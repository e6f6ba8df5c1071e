package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.proofs.ConsistencyProofView;
import org.roundtable.api.proofs.InclusionProofView;
import org.roundtable.api.proofs.Receipt;
import org.roundtable.server.checkpoints.Checkpoints;
import org.roundtable.server.checkpoints.ProofArguments;
import org.roundtable.server.read.ReadAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trust beyond the database (SPEC section 11): the signed checkpoint of a partnership's tree of events, the
 * RFC 9162 proofs against it, a partner's receipt for one event, the witnesses' cosignatures, and the
 * verifier key that checks the server's signature. Each reads the event store itself, not a view: it covers
 * every event stored when the request came.
 */
@RestController
@Tag(name = "Checkpoints")
class CheckpointController {

    private final Checkpoints checkpoints;
    private final ReadAccess access;

    CheckpointController(Checkpoints checkpoints, ReadAccess access) {
        this.checkpoints = checkpoints;
        this.access = access;
    }

    /** Open to anyone, as a public key is: whoever holds a checkpoint needs it, with or without an account. */
    @Operation(
            operationId = "showCheckpointKey",
            summary = "The verifier key of the server's checkpoint signatures (C2SP signed-note form)",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "name+keyid+base64 key, and a line feed",
                            content =
                                    @Content(
                                            mediaType = MediaType.TEXT_PLAIN_VALUE,
                                            schema = @Schema(type = "string"))))
    @GetMapping(value = Paths.CHECKPOINT_KEY, produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpointKey() {
        return checkpoints.verifierKey() + "\n";
    }

    @Operation(
            operationId = "showCheckpoint",
            summary = "A signed checkpoint of every event stored, with the witnesses' cosignatures",
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "A C2SP tlog-checkpoint in a signed note",
                            content =
                                    @Content(
                                            mediaType = MediaType.TEXT_PLAIN_VALUE,
                                            schema = @Schema(type = "string"))))
    @GetMapping(value = Paths.CHECKPOINT, produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint(@PathVariable PartnershipId partnershipId) {
        return checkpoints.latest(partnershipId).note();
    }

    @Operation(operationId = "proveInclusion", summary = "Prove that an event is in the partnership's tree of a size")
    @GetMapping(Paths.PARTNERSHIP + "/proofs/inclusion")
    InclusionProofView inclusion(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ProofArguments.SEQUENCE) long sequence,
            @RequestParam(name = ProofArguments.TREE_SIZE) long treeSize) {
        return checkpoints.inclusion(partnershipId, sequence, treeSize);
    }

    @Operation(
            operationId = "proveConsistency",
            summary = "Prove that a larger tree of the partnership extends a smaller one")
    @GetMapping(Paths.PARTNERSHIP + "/proofs/consistency")
    ConsistencyProofView consistency(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ProofArguments.FROM) long from,
            @RequestParam(name = ProofArguments.TO) long to) {
        return checkpoints.consistency(partnershipId, from, to);
    }

    @Operation(
            operationId = "showReceipt",
            summary = "What a partner keeps to prove later that an event is in the record")
    @GetMapping(Paths.PARTNERSHIP + "/receipts/{sequence}")
    Receipt receipt(@PathVariable PartnershipId partnershipId, @PathVariable long sequence) {
        return checkpoints.receipt(partnershipId, sequence);
    }

    /**
     * A witness's cosignature: the checkpoint's note with the witness's signature line. Any user who may read
     * the partnership may bring it (a partner's IT, an auditor): the signature, not the user, is what counts.
     */
    @Operation(
            operationId = "cosignCheckpoint",
            summary = "Add a registered witness's cosignature to a checkpoint the server issued",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.TEXT_PLAIN_VALUE,
                                            schema = @Schema(type = "string"))),
            responses = @ApiResponse(responseCode = "204", description = "The cosignature is stored"))
    @PostMapping(value = Paths.CHECKPOINT + "/cosignatures", consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<Void> cosign(
            @PathVariable PartnershipId partnershipId,
            @org.springframework.web.bind.annotation.RequestBody String note) {
        access.requireMayRead(partnershipId);
        checkpoints.cosign(partnershipId, note);
        return ResponseEntity.noContent().build();
    }
}
