package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.commands.FormPartnership;
import org.roundtable.api.queries.FindPartnership;
import org.roundtable.api.queries.FindPartnershipAsOf;
import org.roundtable.api.queries.FindPartnerships;
import org.roundtable.api.queries.PartnershipPage;
import org.roundtable.api.queries.PartnershipView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.actor.CurrentActor;
import org.roundtable.server.http.RequestBodies.FormPartnershipBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Forms partnerships and shows them, one at a time or a page at a time. */
@RestController
@Tag(name = "Partnerships")
class PartnershipController {

    static final int MAX_PAGE_SIZE = 100;
    /** The query parameter that asks for the partnership as it stood at an instant. */
    static final String AS_OF = "asOf";
    /** One operation of the API's description for both reads of a partnership, with or without {@value #AS_OF}. */
    private static final String SHOW = "showPartnership";

    private static final String SHOW_SUMMARY = "Show a partnership, now or as it stood at an instant";

    private final WritePipeline commands;
    private final ViewReader views;
    private final CurrentActor currentActor;

    PartnershipController(WritePipeline commands, ViewReader views, CurrentActor currentActor) {
        this.commands = commands;
        this.views = views;
        this.currentActor = currentActor;
    }

    @Operation(operationId = "formPartnership", summary = "Form a partnership")
    @PostMapping(Paths.PARTNERSHIPS)
    ResponseEntity<Created> form(@RequestBody FormPartnershipBody body) {
        PartnershipId partnershipId = PartnershipId.random();
        return commands.send(
                partnershipId,
                new FormPartnership(partnershipId, body.name(), body.purpose(), body.decisionRuleWithDefaults()),
                written -> written.created(partnershipId.value(), Paths.PARTNERSHIP, partnershipId));
    }

    /** The partnerships the user holds a role in; every one for the holders of a global role. */
    @Operation(operationId = "listPartnerships", summary = "List the partnerships the user holds a role in")
    @GetMapping(Paths.PARTNERSHIPS)
    PartnershipPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new RuleViolation(ErrorCode.INVALID_VALUE, "page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new RuleViolation(ErrorCode.INVALID_VALUE, "size", "size must be from 1 to " + MAX_PAGE_SIZE);
        }
        return views.get(FindPartnerships.visibleTo(currentActor.get(), page, size), PartnershipPage.class);
    }

    @Operation(operationId = SHOW, summary = SHOW_SUMMARY)
    @GetMapping(Paths.PARTNERSHIP)
    PartnershipView show(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        views.awaitSequence(ViewNames.PARTNERSHIP, partnershipId, minSequence);
        return views.find(
                new FindPartnership(partnershipId),
                PartnershipView.class,
                ErrorCode.PARTNERSHIP_NOT_FOUND,
                "partnership");
    }

    /**
     * The partnership as it stood at {@code asOf}, rebuilt from its stored events; before it was formed
     * there was none (404). It reads the event store itself, so it is always current and takes no
     * {@value ViewReader#MIN_SEQUENCE}: one given is refused rather than silently ignored.
     */
    @Operation(operationId = SHOW, summary = SHOW_SUMMARY)
    @GetMapping(path = Paths.PARTNERSHIP, params = AS_OF)
    PartnershipView showAsOf(
            @PathVariable PartnershipId partnershipId,
            @Parameter(
                            description = "The instant (ISO-8601) to show the partnership as it stood "
                                    + "at, rebuilt from its stored events: always current, so without "
                                    + ViewReader.MIN_SEQUENCE)
                    @RequestParam(AS_OF)
                    Instant asOf,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        if (minSequence != null) {
            throw new RuleViolation(
                    ErrorCode.INVALID_VALUE,
                    ViewReader.MIN_SEQUENCE,
                    ViewReader.MIN_SEQUENCE + " does not go with " + AS_OF
                            + ": a read as of an instant is always current");
        }
        return views.find(
                new FindPartnershipAsOf(partnershipId, asOf),
                PartnershipView.class,
                () -> new RuleViolation(
                        ErrorCode.PARTNERSHIP_NOT_FOUND,
                        "partnershipId",
                        "No partnership with this id existed at " + asOf));
    }
}
