package org.roundtable.query.support;

import static org.roundtable.query.support.JdbcValues.name;

import java.util.Collection;
import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A view's table of the partners of each partnership, one row a partner with its admission order
 * ({@code seq}), name, sector and status beside the view's own counters. A counter is raised in
 * place: each event reaches a view once (see {@link ViewPositions#recorder}), so nothing is counted
 * twice.
 */
public final class MemberTable {

    private final NamedParameterJdbcTemplate jdbc;
    private final String table;

    /** {@code table} is a name from a migration, never input: it is written into the statements. */
    public MemberTable(NamedParameterJdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public void admit(PartnerAdmitted event) {
        jdbc.update("""
                INSERT INTO %1$s (partnership_id, partner_id, seq, name, sector, status)
                SELECT :partnershipId, :partnerId, coalesce(max(seq), 0) + 1, :name, :sector, :active
                FROM %1$s
                WHERE partnership_id = :partnershipId
                """.formatted(table), partner(event.partnershipId(), event.partnerId())
                .addValue("name", event.name())
                .addValue("sector", name(event.sector()))
                .addValue("active", name(PartnerStatus.ACTIVE)));
    }

    public void withdraw(PartnerWithdrawn event) {
        jdbc.update("UPDATE %s SET status = :withdrawn WHERE partnership_id = :partnershipId AND partner_id = :partnerId"
                .formatted(table), partner(event.partnershipId(), event.partnerId())
                .addValue("withdrawn", name(PartnerStatus.WITHDRAWN)));
    }

    /** Adds {@code amount} to the {@code counter} column of one partner. */
    public void add(String counter, Number amount, PartnershipId partnershipId, PartnerId partnerId) {
        add(counter, amount, partnershipId, List.of(partnerId));
    }

    /** Adds {@code amount} to the {@code counter} column of each of the partners. */
    public void add(String counter, Number amount, PartnershipId partnershipId, Collection<PartnerId> partners) {
        if (partners.isEmpty()) {
            return;
        }
        jdbc.update("""
                UPDATE %1$s SET %2$s = %2$s + :amount
                WHERE partnership_id = :partnershipId AND partner_id IN (:partners)
                """.formatted(table, counter), new MapSqlParameterSource()
                .addValue("partnershipId", partnershipId.value())
                .addValue("partners", partners.stream().map(PartnerId::value).toList())
                .addValue("amount", amount));
    }

    /** Adds {@code amount} to the {@code counter} column of every partner active now. */
    public void addToActive(String counter, Number amount, PartnershipId partnershipId) {
        jdbc.update("""
                UPDATE %1$s SET %2$s = %2$s + :amount
                WHERE partnership_id = :partnershipId AND status = :active
                """.formatted(table, counter), new MapSqlParameterSource()
                .addValue("partnershipId", partnershipId.value())
                .addValue("active", name(PartnerStatus.ACTIVE))
                .addValue("amount", amount));
    }

    /** For a view's reset. */
    public void empty() {
        jdbc.getJdbcOperations().execute("DELETE FROM " + table);
    }

    private static MapSqlParameterSource partner(PartnershipId partnershipId, PartnerId partnerId) {
        return new MapSqlParameterSource()
                .addValue("partnershipId", partnershipId.value())
                .addValue("partnerId", partnerId.value());
    }
}
