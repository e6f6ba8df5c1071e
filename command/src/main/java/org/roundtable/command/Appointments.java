package org.roundtable.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.PartnerId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.PartnerRepresentativesChanged;

/**
 * Who holds which role in the partnership, a member of the Partnership aggregate: its coordinators,
 * its auditors and the representatives of each partner, as the appointment events left them. It is
 * rebuilt from the stream like every other state, so a user removed a moment ago can never act once more.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
class Appointments {

    private Set<String> coordinators = new LinkedHashSet<>();
    private Set<String> auditors = new LinkedHashSet<>();
    private Map<PartnerId, Set<String>> representatives = new LinkedHashMap<>();

    boolean isCoordinator(String user) {
        return coordinators.contains(user);
    }

    boolean isAuditor(String user) {
        return auditors.contains(user);
    }

    boolean represents(String user, PartnerId partnerId) {
        return representativesOf(partnerId).contains(user);
    }

    Set<String> representativesOf(PartnerId partnerId) {
        return representatives.getOrDefault(partnerId, Set.of());
    }

    /** Any role lets a user see the partnership; a user with none is not told it exists. */
    boolean holdsAnyRole(String user) {
        return isCoordinator(user)
                || isAuditor(user)
                || representatives.values().stream().anyMatch(users -> users.contains(user));
    }

    void requireCoordinator(String user) {
        if (!isCoordinator(user)) {
            throw new RuleViolation(
                    ErrorCode.COORDINATOR_NOT_FOUND, "user", user + " is not a coordinator of this partnership");
        }
    }

    /** A partnership keeps at least one coordinator: without one, nobody could admit, appoint or close anything. */
    void requireNotLastCoordinator(String user) {
        if (coordinators.size() == 1 && isCoordinator(user)) {
            throw new RuleViolation(
                    ErrorCode.LAST_COORDINATOR,
                    "user",
                    user + " is the last coordinator of this partnership: appoint another one first");
        }
    }

    void requireAuditor(String user) {
        if (!isAuditor(user)) {
            throw new RuleViolation(
                    ErrorCode.AUDITOR_NOT_FOUND, "user", user + " is not an appointed auditor of this partnership");
        }
    }

    @EventSourcingHandler
    void on(CoordinatorAppointed event) {
        coordinators.add(event.user());
    }

    @EventSourcingHandler
    void on(CoordinatorRemoved event) {
        coordinators.remove(event.user());
    }

    @EventSourcingHandler
    void on(AuditorAppointed event) {
        auditors.add(event.user());
    }

    @EventSourcingHandler
    void on(AuditorRemoved event) {
        auditors.remove(event.user());
    }

    @EventSourcingHandler
    void on(PartnerRepresentativesChanged event) {
        representatives.put(event.partnerId(), new LinkedHashSet<>(event.representatives()));
    }

    // Value equality lets Axon's test fixture prove that state changes only in event sourcing handlers.
    @Override
    public boolean equals(Object other) {
        return other instanceof Appointments that
                && coordinators.equals(that.coordinators)
                && auditors.equals(that.auditors)
                && representatives.equals(that.representatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(coordinators, auditors, representatives);
    }
}
