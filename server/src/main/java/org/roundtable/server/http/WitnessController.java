package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.WitnessId;
import org.roundtable.api.commands.RegisterWitness;
import org.roundtable.api.queries.FindWitnesses;
import org.roundtable.api.queries.WitnessList;
import org.roundtable.api.queries.WitnessView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.WitnessBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Registers and lists the partners' witnesses, whose cosignatures of the partnership's checkpoints count. */
@RestController
@Tag(name = "Checkpoints")
class WitnessController {

    private final WritePipeline commands;
    private final ViewReader views;

    WitnessController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "registerWitness", summary = "Register a partner's witness key")
    @PostMapping(Paths.WITNESSES)
    ResponseEntity<Created> register(@PathVariable PartnershipId partnershipId, @RequestBody WitnessBody body) {
        WitnessId witnessId = WitnessId.random();
        return commands.send(
                partnershipId,
                new RegisterWitness(partnershipId, witnessId, body.name(), body.verifierKey()),
                written -> written.created(witnessId.value(), Paths.WITNESS, partnershipId, witnessId));
    }

    @Operation(operationId = "listWitnesses", summary = "List the partnership's witnesses in order of registration")
    @GetMapping(Paths.WITNESSES)
    WitnessList witnesses(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.PARTNERSHIP, partnershipId, minSequence);
        return views.find(
                new FindWitnesses(partnershipId), WitnessList.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
    }

    @Operation(operationId = "showWitness", summary = "Show a witness")
    @GetMapping(Paths.WITNESS)
    WitnessView witness(
            @PathVariable PartnershipId partnershipId,
            @PathVariable WitnessId witnessId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return witnesses(partnershipId, minSequence).witnesses().stream()
                .filter(witness -> witness.witnessId().equals(witnessId))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound(ErrorCode.WITNESS_NOT_FOUND, "witness"));
    }
}
