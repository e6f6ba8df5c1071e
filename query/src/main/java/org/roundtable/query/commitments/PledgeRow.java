package org.roundtable.query.commitments;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PledgeId;
import org.roundtable.api.PledgeKind;
import org.roundtable.api.PledgeStatus;
import org.roundtable.api.queries.DeliveryView;
import org.roundtable.api.queries.PledgeView;

/** A commitment_pledge row, before its deliveries are read; where the pledge stands is reckoned here. */
record PledgeRow(
        PledgeId id,
        PartnerId partnerId,
        PledgeKind kind,
        BigDecimal amount,
        String unit,
        String description,
        BigDecimal delivered,
        BigDecimal withdrawn,
        Instant pledgedAt) {

    static PledgeRow of(ResultSet row) throws SQLException {
        return new PledgeRow(
                new PledgeId(uuid(row, "pledge_id")),
                new PartnerId(uuid(row, "partner_id")),
                enumValue(row, "kind", PledgeKind.class),
                row.getBigDecimal("amount"),
                row.getString("unit"),
                row.getString("description"),
                row.getBigDecimal("delivered"),
                row.getBigDecimal("withdrawn"),
                instant(row, "pledged_at"));
    }

    /** remaining = amount − delivered − withdrawn. */
    BigDecimal remaining() {
        return amount.subtract(delivered).subtract(withdrawn);
    }

    /**
     * WITHDRAWN once what remained was withdrawn (only a pledge with something left can be, so the
     * withdrawn amount is positive); else FULFILLED when nothing remains; else OPEN.
     */
    PledgeStatus status() {
        if (withdrawn.signum() > 0) {
            return PledgeStatus.WITHDRAWN;
        }
        return remaining().signum() == 0 ? PledgeStatus.FULFILLED : PledgeStatus.OPEN;
    }

    PledgeView view(List<DeliveryView> deliveries) {
        return new PledgeView(
                id,
                partnerId,
                kind,
                amount,
                unit,
                description,
                delivered,
                withdrawn,
                remaining(),
                status(),
                pledgedAt,
                deliveries);
    }
}
