package org.roundtable.query.access;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.PartnerId;
import org.roundtable.api.queries.FindRoles;
import org.roundtable.api.queries.PartnershipRoles;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers which roles a user holds in a partnership from the table {@link AccessProjection} writes. */
@Component
class AccessQueryHandler {

    private final NamedParameterJdbcTemplate jdbc;

    AccessQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement, so no projection batch can land between the rows it reads. */
    @QueryHandler
    PartnershipRoles handle(FindRoles query) {
        List<Grant> grants = jdbc.query(
                """
                SELECT role, partner_id FROM access_role
                WHERE partnership_id = :partnershipId AND user_name = :user
                ORDER BY partner_id
                """,
                new MapSqlParameterSource("partnershipId", query.partnershipId().value())
                        .addValue("user", query.user()),
                (row, n) -> new Grant(enumValue(row, "role", Role.class), uuid(row, "partner_id")));
        return new PartnershipRoles(
                grants.stream().anyMatch(grant -> grant.role() == Role.COORDINATOR),
                grants.stream().anyMatch(grant -> grant.role() == Role.AUDITOR),
                grants.stream()
                        .filter(grant -> grant.role() == Role.REPRESENTATIVE)
                        .map(grant -> new PartnerId(grant.partnerId()))
                        .toList());
    }

    /** One row of the access table for the user asked about. */
    private record Grant(Role role, UUID partnerId) {}
}
