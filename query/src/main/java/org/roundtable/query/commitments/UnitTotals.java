package org.roundtable.query.commitments;

import static org.roundtable.query.support.JdbcValues.uuid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.api.PartnerId;
import org.roundtable.api.queries.UnitCommitments;
import org.roundtable.query.support.Share;

/** A partner's pledges in one unit, summed: pledged, delivered and withdrawn (SPEC section 6). */
record UnitTotals(PartnerId partnerId, String unit, BigDecimal pledged, BigDecimal delivered, BigDecimal withdrawn) {

    static UnitTotals of(ResultSet row) throws SQLException {
        return new UnitTotals(
                new PartnerId(uuid(row, "partner_id")),
                row.getString("unit"),
                row.getBigDecimal("pledged"),
                row.getBigDecimal("delivered"),
                row.getBigDecimal("withdrawn"));
    }

    /** fulfilment = delivered / (pledged − withdrawn), 0 when nothing is left pledged. */
    Share fulfilment() {
        return Share.of(delivered, pledged.subtract(withdrawn));
    }

    UnitCommitments view() {
        return new UnitCommitments(
                unit, pledged, delivered, withdrawn, fulfilment().value());
    }
}
