package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.ViewReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the balance of a partnership: the participation, power-balance and commitments reports.
 * Each read waits for its view like every read of one partnership ({@value ViewReader#MIN_SEQUENCE}).
 */
@RestController
@Tag(name = "Reports")
class ReportController {

    private final ViewReader views;

    ReportController(ViewReader views) {
        this.views = views;
    }

    @Operation(operationId = "showParticipation", summary = "Report whether every voice is heard on equal terms")
    @GetMapping(Paths.PARTNERSHIP + "/participation")
    ParticipationReport participation(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return find(
                ViewNames.PARTICIPATION,
                partnershipId,
                minSequence,
                new FindParticipation(partnershipId),
                ParticipationReport.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
    }

    @Operation(operationId = "showPowerBalance", summary = "Report whether someone dominates")
    @GetMapping(Paths.PARTNERSHIP + "/power-balance")
    PowerBalanceReport powerBalance(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return find(
                ViewNames.POWER_BALANCE,
                partnershipId,
                minSequence,
                new FindPowerBalance(partnershipId),
                PowerBalanceReport.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
    }

    @Operation(operationId = "showCommitments", summary = "Report the commitments and their fulfilment")
    @GetMapping(Paths.PARTNERSHIP + "/commitments")
    CommitmentsReport commitments(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return find(
                ViewNames.COMMITMENTS,
                partnershipId,
                minSequence,
                new FindCommitments(partnershipId),
                CommitmentsReport.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
    }

    private <R> R find(
            String view,
            PartnershipId partnershipId,
            Long minSequence,
            Object query,
            Class<R> answer,
            ErrorCode notFound,
            String what) {
        views.awaitSequence(view, partnershipId, minSequence);
        return views.find(query, answer, notFound, what);
    }
}
