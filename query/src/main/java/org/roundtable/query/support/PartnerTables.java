package org.roundtable.query.support;

import static org.roundtable.query.support.JdbcValues.name;

import java.util.Collection;
import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A counting view's two tables of who is at the table: {@code <prefix>_partnership}, the partnerships
 * formed (so that a report can tell one without partners from none at all), and
 * {@code <prefix>_partner}, one row a partner with its admission order ({@code seq}), name, sector
 * and status beside the view's own counters. A counter is raised in place: each event reaches a view
 * once (see {@link ViewPositions#recorder}), so nothing is counted twice.
 */
public final class PartnerTables {

    private final ViewJdbc jdbc;
    private final String partnerships;
    private final String partners;

    /** {@code prefix} is a name from a migration, never input: it is written into the statements. */
    public PartnerTables(ViewJdbc jdbc, String prefix) {
        this.jdbc = jdbc;
        this.partnerships = prefix + "_partnership";
        this.partners = prefix + "_partner";
    }

    public void form(PartnershipFormed event) {
        jdbc.update(
                "INSERT INTO %s (partnership_id) VALUES (:partnershipId)".formatted(partnerships),
                partnership(event.partnershipId()));
    }

    public void admit(PartnerAdmitted event) {
        jdbc.update(
                """
                INSERT INTO %1$s (partnership_id, partner_id, seq, name, sector, status)
                SELECT :partnershipId, :partnerId, coalesce(max(seq), 0) + 1, :name, :sector, :active
                FROM %1$s
                WHERE partnership_id = :partnershipId
                """.formatted(partners),
                partnership(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("name", event.name())
                        .addValue("sector", name(event.sector()))
                        .addValue("active", name(PartnerStatus.ACTIVE)));
    }

    public void withdraw(PartnerWithdrawn event) {
        jdbc.update(
                """
                UPDATE %s SET status = :withdrawn
                WHERE partnership_id = :partnershipId AND partner_id = :partnerId
                """.formatted(partners),
                partnership(event.partnershipId())
                        .addValue("partnerId", event.partnerId().value())
                        .addValue("withdrawn", name(PartnerStatus.WITHDRAWN)));
    }

    /** Adds {@code amount} to the {@code counter} column of one partner. */
    public void add(String counter, Number amount, PartnershipId partnershipId, PartnerId partnerId) {
        add(counter, amount, partnershipId, List.of(partnerId));
    }

    /** Adds {@code amount} to the {@code counter} column of each of the partners. */
    public void add(String counter, Number amount, PartnershipId partnershipId, Collection<PartnerId> partnerIds) {
        if (partnerIds.isEmpty()) {
            return;
        }
        jdbc.update(
                """
                UPDATE %1$s SET %2$s = %2$s + :amount
                WHERE partnership_id = :partnershipId AND partner_id IN (:partners)
                """.formatted(partners, counter),
                partnership(partnershipId)
                        .addValue(
                                "partners",
                                partnerIds.stream().map(PartnerId::value).toList())
                        .addValue("amount", amount));
    }

    /** Adds {@code amount} to the {@code counter} column of every partner active now. */
    public void addToActive(String counter, Number amount, PartnershipId partnershipId) {
        jdbc.update(
                """
                UPDATE %1$s SET %2$s = %2$s + :amount
                WHERE partnership_id = :partnershipId AND status = :active
                """.formatted(partners, counter),
                partnership(partnershipId)
                        .addValue("active", name(PartnerStatus.ACTIVE))
                        .addValue("amount", amount));
    }

    /** Whether the partnership was formed: a report of an unknown one is none, not an empty one. */
    public boolean knows(PartnershipId partnershipId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM %s WHERE partnership_id = :partnershipId)".formatted(partnerships),
                partnership(partnershipId),
                Boolean.class));
    }

    /** The partnership's partners, active and withdrawn, in admission order. */
    public <T> List<T> partners(PartnershipId partnershipId, RowMapper<T> row) {
        return jdbc.query(
                "SELECT * FROM %s WHERE partnership_id = :partnershipId ORDER BY seq".formatted(partners),
                partnership(partnershipId),
                row);
    }

    /** For a view's reset. */
    public void empty() {
        jdbc.execute("DELETE FROM " + partners);
        jdbc.execute("DELETE FROM " + partnerships);
    }

    private static MapSqlParameterSource partnership(PartnershipId partnershipId) {
        return new MapSqlParameterSource("partnershipId", partnershipId.value());
    }
}
