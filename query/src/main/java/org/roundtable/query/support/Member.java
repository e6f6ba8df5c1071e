package org.roundtable.query.support;

import static org.roundtable.query.support.JdbcValues.enumValue;
import static org.roundtable.query.support.JdbcValues.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnerStatus;
import org.roundtable.api.Sector;

/** A partner as a row of {@link PartnerTables} shows it, before the view's own counters. */
public record Member(PartnerId partnerId, String name, Sector sector, PartnerStatus status) {

    public static Member of(ResultSet row) throws SQLException {
        return new Member(
                new PartnerId(uuid(row, "partner_id")),
                row.getString("name"),
                enumValue(row, "sector", Sector.class),
                enumValue(row, "status", PartnerStatus.class));
    }

    /** Only active partners count in the shares and indices of the reports. */
    public boolean active() {
        return status == PartnerStatus.ACTIVE;
    }
}
