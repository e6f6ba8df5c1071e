package org.roundtable.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL cluster that one owner runs on a port and a directory of its own, durable, and
 * can stop the hard way and start again on the same data; see {@link TestPostgres#privateCluster(String)}.
 */
public final class PrivateCluster implements AutoCloseable {

    private static final String PID_FILE = "postmaster.pid";

    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private EmbeddedPostgres postgres;

    private PrivateCluster(Path dataDirectory, Path log, int port) {
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
    }

    /** A new, empty cluster with its data in {@code directory}/data and its log in {@code directory}/postgres.log. */
    static PrivateCluster start(Path directory) throws IOException, SQLException {
        Path dataDirectory = directory.resolve("data");
        // A run that was killed may have left its cluster running on the directory.
        postmasterPid(dataDirectory)
                .filter(pid -> ProcessHandle.of(pid)
                        .flatMap(process -> process.info().commandLine())
                        .filter(commandLine -> commandLine.contains(dataDirectory.toString()))
                        .isPresent())
                .ifPresent(PrivateCluster::stopImmediately);
        deleteRecursively(directory);
        Files.createDirectories(directory);
        // The port stays the cluster's for its life, so that a restart brings it back where its clients look.
        PrivateCluster cluster = new PrivateCluster(dataDirectory, directory.resolve("postgres.log"), FreePorts.pick());
        cluster.postgres = cluster.launch();
        EmbeddedClusters.createRoleAndDatabase(cluster.postgres);
        return cluster;
    }

    /** Its database, owned by the role the servers log in as. */
    public PostgresDatabase database() {
        return EmbeddedClusters.database(port);
    }

    /** A new connection to {@link #database()}; the caller closes it. */
    public Connection connect() throws SQLException {
        return database().connect();
    }

    /**
     * What {@code pg_ctl stop -m immediate} does, then a start on the same data and port: SIGQUIT to the
     * postmaster, which ends every backend at once without a checkpoint, so the next start recovers from
     * the write-ahead log as after a crash.
     */
    public void restartImmediately() throws IOException {
        long pid = postmasterPid(dataDirectory)
                .orElseThrow(() -> new IllegalStateException("No " + PID_FILE + " in " + dataDirectory));
        stopImmediately(pid);
        // Only releases zonky's lock on the directory: its own "pg_ctl stop" finds no server and logs so.
        postgres.close();
        postgres = launch();
    }

    /** Stops the cluster and deletes its data; its log stays until the next start of the same name. */
    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
            deleteRecursively(dataDirectory);
        }
    }

    private EmbeddedPostgres launch() throws IOException {
        return EmbeddedClusters.durable()
                .setDataDirectory(dataDirectory)
                // zonky would otherwise run initdb again over the data a restart is meant to recover.
                .setCleanDataDirectory(false)
                .setPort(port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private static Optional<Long> postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
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
            int exit = new ProcessBuilder("kill", "-QUIT", Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill -QUIT " + pid + " exited with " + exit);
            }
            postmaster.get().onExit().get(EmbeddedClusters.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "PostgreSQL " + pid + " did not stop within " + EmbeddedClusters.PATIENCE, e);
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
