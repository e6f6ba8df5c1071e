package org.roundtable.query.indicators;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.instant;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.IndicatorDefinition;
import org.roundtable.api.IndicatorId;
import org.roundtable.api.LatestMeasurement;
import org.roundtable.api.MeasurementId;
import org.roundtable.api.PartnerId;
import org.roundtable.api.Phase;
import org.roundtable.api.queries.FindIndicator;
import org.roundtable.api.queries.FindIndicators;
import org.roundtable.api.queries.IndicatorDetail;
import org.roundtable.api.queries.IndicatorList;
import org.roundtable.api.queries.IndicatorView;
import org.roundtable.api.queries.MeasurementView;
import org.roundtable.query.support.ConsistentRead;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers the indicator queries from the tables {@link IndicatorsProjection} writes. */
@Component
class IndicatorsQueryHandler {

    /** Each indicator with the count of its measurements and of the partners who recorded them. */
    private static final String INDICATORS = """
            SELECT d.indicator_id, d.name, d.unit, d.baseline, d.target, d.adopted_at,
                   d.latest_value, d.latest_observed_at, d.latest_partner_id,
                   (SELECT count(*) FROM indicator_measurement m WHERE m.indicator_id = d.indicator_id) AS measurements,
                   (SELECT count(DISTINCT m.partner_id) FROM indicator_measurement m
                    WHERE m.indicator_id = d.indicator_id) AS contributors
            FROM indicator_definition d
            WHERE d.partnership_id = :partnershipId
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsistentRead reads;

    IndicatorsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reads = ConsistentRead.over(jdbc);
    }

    @QueryHandler
    Optional<IndicatorList> handle(FindIndicators query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource(
                    "partnershipId", query.partnershipId().value());
            Boolean known = jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM indicator_partnership WHERE partnership_id = :partnershipId)",
                    params,
                    Boolean.class);
            if (!Boolean.TRUE.equals(known)) {
                return Optional.empty();
            }
            return Optional.of(new IndicatorList(
                    jdbc.query(INDICATORS + "ORDER BY d.adopted_seq", params, (row, n) -> indicator(row))));
        });
    }

    /** Filtering on the partnership too keeps one partnership's URL from showing another's indicator. */
    @QueryHandler
    Optional<IndicatorDetail> handle(FindIndicator query) {
        return reads.of(() -> {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("partnershipId", query.partnershipId().value())
                    .addValue("indicatorId", query.indicatorId().value());
            return jdbc
                    .query(INDICATORS + "AND d.indicator_id = :indicatorId", params, (row, n) -> indicator(row))
                    .stream()
                    .findFirst()
                    .map(indicator -> indicator.with(history(params)));
        });
    }

    /** In order of observation, ties in the order recorded: the order in which the last is the latest. */
    private List<MeasurementView> history(MapSqlParameterSource params) {
        return jdbc.query(
                """
                SELECT measurement_id, value, observed_at, partner_id, source, loop, phase, recorded_at
                FROM indicator_measurement
                WHERE indicator_id = :indicatorId
                ORDER BY observed_at, seq
                """,
                params,
                (row, n) -> new MeasurementView(
                        new MeasurementId(uuid(row, "measurement_id")),
                        row.getBigDecimal("value"),
                        instant(row, "observed_at"),
                        new PartnerId(uuid(row, "partner_id")),
                        row.getString("source"),
                        row.getInt("loop"),
                        enumValue(row, "phase", Phase.class),
                        instant(row, "recorded_at")));
    }

    private static IndicatorView indicator(ResultSet row) throws SQLException {
        IndicatorDefinition definition = new IndicatorDefinition(
                row.getString("name"),
                row.getString("unit"),
                row.getBigDecimal("baseline"),
                row.getBigDecimal("target"));
        LatestMeasurement latest = IndicatorRows.latest(row);
        return new IndicatorView(
                new IndicatorId(uuid(row, "indicator_id")),
                definition.name(),
                definition.unit(),
                definition.baseline(),
                definition.target(),
                instant(row, "adopted_at"),
                latest,
                definition.progress(latest == null ? null : latest.value()),
                row.getInt("measurements"),
                row.getInt("contributors"));
    }
}
