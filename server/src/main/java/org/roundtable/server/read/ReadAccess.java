package org.roundtable.server.read;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.roundtable.api.Actor;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.GlobalRole;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.queries.FindRoles;
import org.roundtable.api.queries.PartnershipRoles;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.actor.CurrentActor;
import org.roundtable.server.http.Paths;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may read a partnership: its coordinators, auditors and representatives, and the holders of the
 * global ADMIN or AUDITOR role; anyone else is told it does not exist (404, exactly as for an unknown
 * id), so its existence does not leak. Checked once for every read under a partnership's path, views,
 * events, audit, trail and asOf alike, against the access view; a read with {@code minSequence} first
 * waits for that view too, and a refusal waits for it to catch up with the stored stream, so that
 * whoever just formed a partnership or was just appointed can read it at once.
 * Writes are not checked here: the partnership decides them itself.
 */
@Component
public class ReadAccess implements HandlerInterceptor {

    public static final String PARTNERSHIP_PATHS = Paths.PARTNERSHIP + "/**";
    /** A partnership's web page; the pages under it are under this path. */
    public static final String PARTNERSHIP_PAGES = "/partnerships/{partnershipId}";
    /** The methods of the writes, which the partnership authorizes; every other method reads (HEAD too). */
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final CurrentActor currentActor;
    private final ViewReader views;
    private final StreamSequence streamSequence;

    ReadAccess(CurrentActor currentActor, ViewReader views, StreamSequence streamSequence) {
        this.currentActor = currentActor;
        this.views = views;
        this.streamSequence = streamSequence;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        PartnershipId partnershipId = partnershipIn(request);
        if (WRITES.contains(request.getMethod()) || partnershipId == null) {
            return true;
        }
        requireMayRead(partnershipId, minSequence(request));
        return true;
    }

    /**
     * Refuses, as unknown, a partnership the current user may not read: for a write that is not the
     * partnership's to decide (a witness's cosignature), which this interceptor lets through as every write.
     */
    public void requireMayRead(PartnershipId partnershipId) {
        requireMayRead(partnershipId, null);
    }

    private void requireMayRead(PartnershipId partnershipId, Long minSequence) {
        Actor actor = currentActor.get();
        if (actor.holds(GlobalRole.ADMIN) || actor.holds(GlobalRole.AUDITOR)) {
            return;
        }
        views.awaitSequence(ViewNames.ACCESS, partnershipId, minSequence);
        if (!holdsARole(actor, partnershipId)) {
            throw RuleViolation.notFound(ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
        }
    }

    /**
     * The access view trails writes: before it refuses a user, it is given the time to catch up with the
     * stream as stored now, so that whoever was just appointed (or formed the partnership) is let in even
     * without {@code minSequence}; then it is asked again, whether or not it got that far (a stream whose
     * stored length the views cannot reach, as when an event was moved in the database, must not hide a role
     * the view shows). A user with a role never waits.
     */
    private boolean holdsARole(Actor actor, PartnershipId partnershipId) {
        FindRoles query = new FindRoles(partnershipId, actor.name());
        if (views.get(query, PartnershipRoles.class).any()) {
            return true;
        }
        long stored = streamSequence.of(partnershipId);
        if (stored <= 0) {
            return false;
        }
        views.reaches(ViewNames.ACCESS, partnershipId, stored);
        return views.get(query, PartnershipRoles.class).any();
    }

    /**
     * The partnership of the path; null when the path names none or not as a UUID, which the
     * controller then refuses as invalid input.
     */
    private static PartnershipId partnershipIn(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object id = variables instanceof Map<?, ?> map ? map.get("partnershipId") : null;
        try {
            return id instanceof String text ? new PartnershipId(UUID.fromString(text)) : null;
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    /** The read's {@code minSequence}; null when absent or not a number, which the controller refuses. */
    private static Long minSequence(HttpServletRequest request) {
        try {
            String value = request.getParameter(ViewReader.MIN_SEQUENCE);
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
