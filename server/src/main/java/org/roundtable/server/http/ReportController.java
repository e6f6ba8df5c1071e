package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Phase;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.Segment;
import org.roundtable.api.queries.CommitmentsReport;
import org.roundtable.api.queries.FindCommitments;
import org.roundtable.api.queries.FindParticipation;
import org.roundtable.api.queries.FindPowerBalance;
import org.roundtable.api.queries.FindTrends;
import org.roundtable.api.queries.ParticipationReport;
import org.roundtable.api.queries.PowerBalanceReport;
import org.roundtable.api.queries.Trends;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.read.ViewReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows the balance of a partnership: the participation, power-balance and commitments reports, the first
 * two over its whole life or over one (loop, phase), and their trends from one (loop, phase) to the next.
 * Each read waits for its views like every read of one partnership ({@value ViewReader#MIN_SEQUENCE}).
 */
@RestController
@Tag(name = "Reports")
class ReportController {

    /** The query parameters that together name one segment of the partnership's life. */
    static final String LOOP = "loop";

    static final String PHASE = "phase";

    private static final String LOOP_DESCRIPTION = "With " + PHASE + ": the report over the acts recorded in "
            + "that loop of the partnership (1 or more) only, over the partners active at its end; without both, "
            + "over its whole life. A segment the partnership has not been in is 404 SEGMENT_NOT_FOUND";
    private static final String PHASE_DESCRIPTION = "With " + LOOP + ": the phase of that loop to report on";

    /** The trends join both reports' views: they show a write once both do. */
    private static final List<String> TRENDS_VIEWS = List.of(ViewNames.PARTICIPATION, ViewNames.POWER_BALANCE);

    private final ViewReader views;

    ReportController(ViewReader views) {
        this.views = views;
    }

    @Operation(operationId = "showParticipation", summary = "Report whether every voice is heard on equal terms")
    @GetMapping(Paths.PARTNERSHIP + "/participation")
    ParticipationReport participation(
            @PathVariable PartnershipId partnershipId,
            @Parameter(
                            description = LOOP_DESCRIPTION,
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @RequestParam(name = LOOP, required = false)
                    Integer loop,
            @Parameter(description = PHASE_DESCRIPTION) @RequestParam(name = PHASE, required = false) Phase phase,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        Segment segment = segment(loop, phase);
        views.awaitSequence(ViewNames.PARTICIPATION, partnershipId, minSequence);
        return find(over -> new FindParticipation(partnershipId, over), segment, ParticipationReport.class);
    }

    @Operation(operationId = "showPowerBalance", summary = "Report whether someone dominates")
    @GetMapping(Paths.PARTNERSHIP + "/power-balance")
    PowerBalanceReport powerBalance(
            @PathVariable PartnershipId partnershipId,
            @Parameter(
                            description = LOOP_DESCRIPTION,
                            schema = @Schema(type = "integer", format = "int32", minimum = "1"))
                    @RequestParam(name = LOOP, required = false)
                    Integer loop,
            @Parameter(description = PHASE_DESCRIPTION) @RequestParam(name = PHASE, required = false) Phase phase,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        Segment segment = segment(loop, phase);
        views.awaitSequence(ViewNames.POWER_BALANCE, partnershipId, minSequence);
        return find(over -> new FindPowerBalance(partnershipId, over), segment, PowerBalanceReport.class);
    }

    @Operation(operationId = "showCommitments", summary = "Report the commitments and their fulfilment")
    @GetMapping(Paths.PARTNERSHIP + "/commitments")
    CommitmentsReport commitments(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.COMMITMENTS, partnershipId, minSequence);
        return views.find(
                new FindCommitments(partnershipId),
                CommitmentsReport.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
    }

    /** One segment per (loop, phase) the partnership has been in, oldest first, with the figures of its own acts. */
    @Operation(operationId = "showTrends", summary = "Report the balance per loop and phase, oldest first")
    @GetMapping(Paths.PARTNERSHIP + "/trends")
    Trends trends(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(TRENDS_VIEWS, partnershipId, minSequence);
        return views.find(new FindTrends(partnershipId), Trends.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
    }

    /** The segment that {@code loop} and {@code phase} name together; null (the whole life) when neither is given. */
    static Segment segment(Integer loop, Phase phase) {
        if (loop == null && phase == null) {
            return null;
        }
        if (phase == null) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    PHASE,
                    PHASE + " is required with " + LOOP + ": one of " + Arrays.toString(Phase.values()));
        }
        if (loop == null) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    LOOP,
                    LOOP + " is required with " + PHASE + ": a whole number of 1 or more");
        }
        if (loop < Segment.FIRST_LOOP) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE, LOOP, LOOP + " must be a whole number of 1 or more, was " + loop);
        }
        return new Segment(loop, phase);
    }

    /**
     * The report over {@code segment}, or over the whole life when it is null. The query side answers
     * nothing both for a partnership and for a segment it does not know: the whole report, which only an
     * unknown partnership lacks, tells them apart.
     */
    private <R> R find(Function<Segment, Object> query, Segment segment, Class<R> answer) {
        Object whole = query.apply(null);
        if (segment == null) {
            return views.find(whole, answer, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
        }
        return views.find(query.apply(segment), answer, () -> {
            // refuses an unknown partnership as such, as the report over its whole life does
            views.find(whole, answer, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
            return new RuleViolation(
                    ErrorCode.SEGMENT_NOT_FOUND,
                    "The partnership has not been in loop %d, phase %s".formatted(segment.loop(), segment.phase()));
        });
    }
}
