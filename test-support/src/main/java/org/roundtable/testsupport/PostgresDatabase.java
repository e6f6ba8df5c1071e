package org.roundtable.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL database to connect to: where it is and the role to log in as.
 *
 * @param jdbcUrl  its JDBC URL
 * @param user     a role that owns the database, or may create schemas in it
 * @param password that role's password
 */
public record PostgresDatabase(String jdbcUrl, String user, String password) {

    /** A new connection as {@link #user}; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Without the password, which would otherwise end up in the logs. */
    @Override
    public String toString() {
        return jdbcUrl + " as " + user;
    }
}
