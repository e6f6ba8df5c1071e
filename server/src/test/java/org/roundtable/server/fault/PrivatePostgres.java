package org.roundtable.server.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The PostgreSQL cluster of one fault test class, on a port and a data directory (under
 * {@code target/fault-db}) of its own, durable as the embedded default is (fsync and synchronous
 * commit on), which the test can stop the hard way and start again on the same data.
 */
public final class PrivatePostgres implements AutoCloseable {

    static final String DATABASE = "roundtable";
    public static final String USER = "roundtable";
    public static final String PASSWORD = "roundtable";

    /** Ample against the second or so that crash recovery of a test's write-ahead log takes. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final String PID_FILE = "postmaster.pid";

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private EmbeddedPostgres postgres;

    private PrivatePostgres(Path dataDirectory, Path log, int port) {
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
    }

    /** Starts a new, empty cluster named {@code name}, with the role and database the servers use. */
    public static PrivatePostgres start(String name) throws IOException, SQLException {
        Path dataDirectory = Path.of("target", "fault-db", name).toAbsolutePath();
        Path log = FaultLogs.file(name + "-postgres");
        // A run that was killed may have left its cluster running on the directory.
        postmasterPid(dataDirectory)
                .filter(pid -> ProcessHandle.of(pid).flatMap(process -> process.info().commandLine())
                        .filter(commandLine -> commandLine.contains(dataDirectory.toString())).isPresent())
                .ifPresent(PrivatePostgres::stopImmediately);
        deleteRecursively(dataDirectory);
        PrivatePostgres cluster = new PrivatePostgres(dataDirectory, log, freePort());
        cluster.postgres = cluster.launch();
        cluster.createRoleAndDatabase();
        return cluster;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:%d/%s".formatted(port, DATABASE);
    }

    /** A new connection as the servers' role; the caller closes it. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /**
     * What {@code pg_ctl stop -m immediate} does, then a start on the same data and port: SIGQUIT to
     * the postmaster, which ends every backend at once without a checkpoint, so the next start
     * recovers from the write-ahead log as after a crash.
     */
    void restartImmediately() throws IOException {
        long pid = postmasterPid(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("No " + PID_FILE + " in " + dataDirectory));
        stopImmediately(pid);
        // Only releases zonky's lock on the directory: its own "pg_ctl stop" finds no server and logs so.
        postgres.close();
        postgres = launch();
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private EmbeddedPostgres launch() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // As the embedded default: durability is what the fault tests test.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setPGStartupWait(STOP_PATIENCE)
                .start();
    }

    private void createRoleAndDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        }
    }

    private static Optional<Long> postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopImmediately(long pid) {
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
        if (postmaster.isEmpty()) {
            return;
        }
        try {
            // Java signals only TERM and KILL; QUIT is PostgreSQL's immediate shutdown.
            int exit = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " exited with " + exit);
            }
            postmaster.get().onExit().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("PostgreSQL " + pid + " did not stop within " + STOP_PATIENCE, e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
