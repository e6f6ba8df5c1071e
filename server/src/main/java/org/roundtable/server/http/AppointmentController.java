package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.AppointAuditor;
import org.roundtable.api.commands.AppointCoordinator;
import org.roundtable.api.commands.ChangePartnerRepresentatives;
import org.roundtable.api.commands.RemoveAuditor;
import org.roundtable.api.commands.RemoveCoordinator;
import org.roundtable.server.http.RequestBodies.RepresentativesBody;
import org.roundtable.server.http.RequestBodies.UserBody;
import org.roundtable.server.write.WritePipeline;
import org.roundtable.server.write.Written;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Appoints and removes the users who coordinate, audit, and act for each partner of a partnership. */
@RestController
@Tag(name = "Appointments")
class AppointmentController {

    static final String COORDINATORS = Paths.PARTNERSHIP + "/coordinators";
    static final String AUDITORS = Paths.PARTNERSHIP + "/auditors";

    private final WritePipeline commands;

    AppointmentController(WritePipeline commands) {
        this.commands = commands;
    }

    @Operation(operationId = "appointCoordinator", summary = "Appoint a coordinator of the partnership")
    @PostMapping(COORDINATORS)
    ResponseEntity<Void> appointCoordinator(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new AppointCoordinator(partnershipId, body.user()), Written::noContent);
    }

    @Operation(operationId = "removeCoordinator", summary = "Remove a coordinator of the partnership")
    @DeleteMapping(COORDINATORS)
    ResponseEntity<Void> removeCoordinator(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new RemoveCoordinator(partnershipId, body.user()), Written::noContent);
    }

    @Operation(operationId = "appointAuditor", summary = "Appoint an auditor of the partnership")
    @PostMapping(AUDITORS)
    ResponseEntity<Void> appointAuditor(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new AppointAuditor(partnershipId, body.user()), Written::noContent);
    }

    @Operation(operationId = "removeAuditor", summary = "Remove an auditor of the partnership")
    @DeleteMapping(AUDITORS)
    ResponseEntity<Void> removeAuditor(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new RemoveAuditor(partnershipId, body.user()), Written::noContent);
    }

    /** Replaces the partner's representatives with the users listed; an empty list leaves it without any. */
    @Operation(operationId = "changeRepresentatives", summary = "Replace a partner's representatives")
    @PutMapping(Paths.PARTNER + "/representatives")
    ResponseEntity<Void> changeRepresentatives(
            @PathVariable PartnershipId partnershipId,
            @PathVariable PartnerId partnerId,
            @RequestBody RepresentativesBody body) {
        return commands.send(
                partnershipId,
                new ChangePartnerRepresentatives(partnershipId, partnerId, body.users()),
                Written::noContent);
    }
}
