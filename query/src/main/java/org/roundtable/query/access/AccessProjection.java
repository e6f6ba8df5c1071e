package org.roundtable.query.access;

import static org.roundtable.query.support.JdbcValues.name;

import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.AuditorAppointed;
import org.roundtable.api.events.AuditorRemoved;
import org.roundtable.api.events.CoordinatorAppointed;
import org.roundtable.api.events.CoordinatorRemoved;
import org.roundtable.api.events.PartnerRepresentativesChanged;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewNames;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the access table. A grant inserts nothing twice, a removal deletes what is there, and a
 * change of representatives replaces the partner's rows whole; a processor re-delivers whole
 * batches in stream order, so a re-delivered event changes nothing and a replay rebuilds the same rows.
 */
@Component
@ProcessingGroup(ViewNames.ACCESS)
class AccessProjection {

    private final ViewJdbc jdbc;

    AccessProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
    }

    @EventHandler
    void on(CoordinatorAppointed event) {
        grant(event.partnershipId(), event.user(), Role.COORDINATOR, null);
    }

    @EventHandler
    void on(CoordinatorRemoved event) {
        revoke(event.partnershipId(), event.user(), Role.COORDINATOR);
    }

    @EventHandler
    void on(AuditorAppointed event) {
        grant(event.partnershipId(), event.user(), Role.AUDITOR, null);
    }

    @EventHandler
    void on(AuditorRemoved event) {
        revoke(event.partnershipId(), event.user(), Role.AUDITOR);
    }

    @EventHandler
    void on(PartnerRepresentativesChanged event) {
        jdbc.update(
                """
                DELETE FROM access_role
                WHERE partnership_id = :partnershipId AND role = :role AND partner_id = :partnerId
                """,
                new MapSqlParameterSource("partnershipId", event.partnershipId().value())
                        .addValue("role", name(Role.REPRESENTATIVE))
                        .addValue("partnerId", event.partnerId().value()));
        event.representatives()
                .forEach(user -> grant(
                        event.partnershipId(),
                        user,
                        Role.REPRESENTATIVE,
                        event.partnerId().value()));
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM access_role");
    }

    private void grant(PartnershipId partnershipId, String user, Role role, UUID partnerId) {
        jdbc.update(
                """
                INSERT INTO access_role (partnership_id, user_name, role, partner_id)
                VALUES (:partnershipId, :user, :role, :partnerId)
                ON CONFLICT ON CONSTRAINT access_role_key DO NOTHING
                """,
                new MapSqlParameterSource("partnershipId", partnershipId.value())
                        .addValue("user", user)
                        .addValue("role", name(role))
                        .addValue("partnerId", partnerId));
    }

    private void revoke(PartnershipId partnershipId, String user, Role role) {
        jdbc.update(
                """
                DELETE FROM access_role WHERE partnership_id = :partnershipId AND user_name = :user AND role = :role
                """,
                new MapSqlParameterSource("partnershipId", partnershipId.value())
                        .addValue("user", user)
                        .addValue("role", name(role)));
    }
}
