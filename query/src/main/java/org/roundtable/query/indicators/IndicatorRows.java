package org.roundtable.query.indicators;

import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.api.LatestMeasurement;
import org.roundtable.api.PartnerId;

/** Reads the columns of indicator_definition that more than one part of the view reads. */
final class IndicatorRows {

    private IndicatorRows() {}

    /** The indicator's latest measurement, from its {@code latest_*} columns; null before its first. */
    static LatestMeasurement latest(ResultSet row) throws SQLException {
        BigDecimal value = row.getBigDecimal("latest_value");
        return value == null
                ? null
                : new LatestMeasurement(
                        value, instant(row, "latest_observed_at"), new PartnerId(uuid(row, "latest_partner_id")));
    }
}
