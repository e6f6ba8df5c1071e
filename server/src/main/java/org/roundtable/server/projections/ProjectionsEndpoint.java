package org.roundtable.server.projections;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/projections}: GET shows how far each view's processor has read the event store and
 * the latest rebuild; POST rebuilds every view, or the one named in the path, in the background. A web
 * endpoint, not a technology-agnostic one, because its answers are HTTP statuses (202, 404, 409).
 */
@Component
@WebEndpoint(id = "projections")
class ProjectionsEndpoint {

    private final Rebuilds rebuilds;

    ProjectionsEndpoint(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @ReadOperation
    ProjectionsStatus status() {
        return rebuilds.status();
    }

    /** {@code POST /actuator/projections}: rebuilds every view. */
    @WriteOperation
    WebEndpointResponse<RebuildAnswer> rebuildAll() {
        return rebuild(rebuilds.views());
    }

    /** {@code POST /actuator/projections/{processor}}: rebuilds the one view of that name. */
    @WriteOperation
    WebEndpointResponse<RebuildAnswer> rebuildOne(@Selector String processor) {
        List<String> views = rebuilds.views();
        if (!views.contains(processor)) {
            return answer(
                    HttpStatus.NOT_FOUND, "No view named '%s'; the views are %s".formatted(processor, views), null);
        }
        return rebuild(List.of(processor));
    }

    private WebEndpointResponse<RebuildAnswer> rebuild(List<String> views) {
        return rebuilds.start(views)
                .map(rebuild -> answer(
                        HttpStatus.ACCEPTED,
                        "Rebuilding the views %s; GET /actuator/projections shows how far they are"
                                .formatted(rebuild.processors()),
                        rebuild))
                .orElseGet(() -> answer(
                        HttpStatus.CONFLICT,
                        "A rebuild is running already; ask again once it has finished",
                        rebuilds.latest().orElse(null)));
    }

    private static WebEndpointResponse<RebuildAnswer> answer(HttpStatus status, String message, Rebuild rebuild) {
        return new WebEndpointResponse<>(
                new RebuildAnswer(message, rebuild == null ? null : rebuild.report()), status.value());
    }

    /**
     * The answer of {@code POST /actuator/projections}.
     *
     * @param message what happened, for a human
     * @param rebuild the rebuild just started, or the one running already; null if none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RebuildAnswer(String message, Rebuild.Report rebuild) {}
}
