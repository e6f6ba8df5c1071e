package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.commands.RecordMeasurement;
import org.roundtable.api.queries.FindIndicator;
import org.roundtable.api.queries.FindIndicators;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.MeasurementBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Records the partners' measurements of the indicators the partnership adopted, and shows the indicators. */
@RestController
@Tag(name = "Indicators")
class IndicatorController {

    private final WritePipeline commands;
    private final ViewReader views;

    IndicatorController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    /**
     * Records a measurement of an adopted indicator. Its Location is the indicator, whose history shows
     * it: a measurement is not a resource of its own.
     */
    @Operation(operationId = "recordMeasurement", summary = "Record a measurement of an indicator")
    @PostMapping(Paths.INDICATOR + "/measurements")
    ResponseEntity<Created> measure(
            @PathVariable PartnershipId partnershipId,
            @PathVariable IndicatorId indicatorId,
            @RequestBody MeasurementBody body) {
        MeasurementId measurementId = MeasurementId.random();
        return commands.send(
                partnershipId,
                new RecordMeasurement(
                        partnershipId,
                        indicatorId,
                        measurementId,
                        body.partnerId(),
                        body.value(),
                        body.observedAt(),
                        body.source()),
                written -> written.created(measurementId.value(), Paths.INDICATOR, partnershipId, indicatorId));
    }

    /** The adopted indicators in order of adoption, each with its latest measurement and progress. */
    @Operation(operationId = "listIndicators", summary = "List the indicators with their latest measurement")
    @GetMapping(Paths.INDICATORS)
    IndicatorList indicators(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.INDICATORS, partnershipId, minSequence);
        return views.find(
                new FindIndicators(partnershipId), IndicatorList.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
    }

    /** An adopted indicator with the history of its measurements; an open or rejected INDICATOR proposal is none. */
    @Operation(operationId = "showIndicator", summary = "Show an indicator with the history of its measurements")
    @GetMapping(Paths.INDICATOR)
    IndicatorDetail show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable IndicatorId indicatorId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.INDICATORS, partnershipId, minSequence);
        return views.find(
                new FindIndicator(partnershipId, indicatorId),
                IndicatorDetail.class,
                ErrorCode.INDICATOR_NOT_FOUND,
                "indicator");
    }
}
