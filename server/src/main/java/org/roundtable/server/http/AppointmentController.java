package org.roundtable.server.http;

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
class AppointmentController {

    static final String COORDINATORS = Paths.PARTNERSHIP + "/coordinators";
    static final String AUDITORS = Paths.PARTNERSHIP + "/auditors";

    private final WritePipeline commands;

    AppointmentController(WritePipeline commands) {
        this.commands = commands;
    }

    @PostMapping(COORDINATORS)
    ResponseEntity<Void> appointCoordinator(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new AppointCoordinator(partnershipId, body.user()), Written::noContent);
    }

    @DeleteMapping(COORDINATORS)
    ResponseEntity<Void> removeCoordinator(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new RemoveCoordinator(partnershipId, body.user()), Written::noContent);
    }

    @PostMapping(AUDITORS)
    ResponseEntity<Void> appointAuditor(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new AppointAuditor(partnershipId, body.user()), Written::noContent);
    }

    @DeleteMapping(AUDITORS)
    ResponseEntity<Void> removeAuditor(@PathVariable PartnershipId partnershipId, @RequestBody UserBody body) {
        return commands.send(partnershipId, new RemoveAuditor(partnershipId, body.user()), Written::noContent);
    }

    /** Replaces the partner's representatives with the users listed; an empty list leaves it without any. */
    @PutMapping(Paths.PARTNER + "/representatives")
    ResponseEntity<Void> changeRepresentatives(@PathVariable PartnershipId partnershipId,
                                               @PathVariable PartnerId partnerId,
                                               @RequestBody RepresentativesBody body) {
        return commands.send(partnershipId, new ChangePartnerRepresentatives(partnershipId, partnerId, body.users()), Written::noContent);
    }
}
