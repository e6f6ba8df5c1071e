package org.roundtable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * The settings the server runs with in the benchmark, both the measured child process and the generator's
 * in-process context: the benchmark's database, a coordinator who also represents every partner, and an
 * administrator who rebuilds the views.
 *
 * @param port     the HTTP port, on the loopback interface only
 * @param database the benchmark's PostgreSQL
 */
record ServerSettings(int port, BenchDatabase database) {

    /** Forms every partnership, so coordinates it, and is named representative of every partner it admits. */
    static final String USER = "bench";

    static final String USER_PASSWORD = "bench-secret";
    /** Holds the global ADMIN role, for the rebuild of the views. */
    static final String ADMIN = "bench-admin";

    static final String ADMIN_PASSWORD = "bench-admin-secret";

    /** On a free port of this machine. */
    static ServerSettings on(BenchDatabase database) {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new ServerSettings(socket.getLocalPort(), database);
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    /** Spring's command-line arguments of the server. */
    List<String> arguments() {
        return List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--roundtable.security.users[0].name=" + USER,
                "--roundtable.security.users[0].password={noop}" + USER_PASSWORD,
                "--roundtable.security.users[1].name=" + ADMIN,
                "--roundtable.security.users[1].password={noop}" + ADMIN_PASSWORD,
                "--roundtable.security.users[1].roles[0]=ADMIN");
    }

    BenchClient user() {
        return new BenchClient(port, USER, USER_PASSWORD);
    }

    BenchClient admin() {
        return new BenchClient(port, ADMIN, ADMIN_PASSWORD);
    }
}
