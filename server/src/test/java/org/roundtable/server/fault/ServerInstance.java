package org.roundtable.server.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.roundtable.server.RoundtableApplication;
import org.roundtable.server.support.Api;
import org.roundtable.testsupport.FreePorts;
import org.roundtable.testsupport.PostgresDatabase;
import org.roundtable.testsupport.PrivateCluster;

/**
 * A Roundtable server in a JVM of its own, on the private PostgreSQL of the test, so that a test can
 * run several on one database and kill one the hard way. Its output goes to
 * {@code target/fault-logs/<name>.log}. It runs with the users of the profile "it".
 */
final class ServerInstance implements AutoCloseable {

    /**
     * One JVM boots in 8 s on an idle two-core machine; two at once on a machine busy with other builds
     * have taken 90 s. A bound against a server that never comes up, not an expectation.
     */
    private static final Duration BOOT_PATIENCE = Duration.ofSeconds(180);

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);
    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private final PrivateCluster database;
    private Process process;

    private ServerInstance(String name, int port, List<String> command, Path log, PrivateCluster database) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
        this.database = database;
    }

    /**
     * Starts a server named {@code name} on {@code database} without waiting for it to be ready, so
     * that several can boot at once; {@code settings} are more {@code --key=value} arguments.
     */
    static ServerInstance launch(String name, PrivateCluster database, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-cp",
                ChildClasspath.MAIN.classpath(),
                RoundtableApplication.class.getName(),
                "--spring.profiles.active=it",
                // The test classes stay off the classpath (see ChildClasspath), but not their users.
                "--spring.config.additional-location=optional:file:" + ChildClasspath.MAIN.testClasses() + "/"));
        int port = FreePorts.pick();
        command.add("--server.port=" + port);
        command.addAll(Arrays.asList(settings));
        ServerInstance instance = new ServerInstance(name, port, command, FaultLogs.file(name), database);
        instance.spawn();
        return instance;
    }

    /** {@link #launch} and {@link #awaitReady}. */
    static ServerInstance start(String name, PrivateCluster database, String... settings) throws IOException {
        ServerInstance instance = launch(name, database, settings);
        instance.awaitReady();
        return instance;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    URI uri() {
        return URI.create("http://localhost:" + port);
    }

    /** A client of this server acting as {@link Api#TESTER}. */
    Api api() {
        return new Api(port);
    }

    /** The operating system's id of the server's process: Axon's token claims name it. */
    long pid() {
        return process.pid();
    }

    /** How many bytes the server's log holds now: where {@link #logErrorsSince} starts reading. */
    long logLength() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the server's log after byte {@code offset} that report an ERROR or a stack trace. */
    List<String> logErrorsSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            String since = new String(
                    all,
                    (int) Math.min(offset, all.length),
                    (int) Math.max(0, all.length - offset),
                    StandardCharsets.UTF_8);
            return since.lines()
                    .filter(line ->
                            line.contains(" ERROR ") || line.startsWith("\tat ") || line.startsWith("Caused by:"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the server answers that it is ready for traffic. */
    void awaitReady() {
        long deadline = System.nanoTime() + BOOT_PATIENCE.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(uri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                if (PROBE.send(readiness, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Waiting.pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " was not ready within " + BOOT_PATIENCE + "; see " + log);
    }

    /** kill -9: the process ends at once, in the middle of whatever it was doing. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** A graceful stop (SIGTERM): requests drain, processors release their token claims. */
    void stop() {
        process.destroy();
        if (!awaitExit()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** Starts the server again on the same port with the same settings, and waits until it is ready. */
    void restart() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        spawn();
        awaitReady();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    private void spawn() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        PostgresDatabase postgres = database.database();
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.jdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", postgres.user());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        Files.writeString(
                log,
                "%n==== %s: %s%n".formatted(name, String.join(" ", command.subList(4, command.size()))),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        process = builder.start();
    }

    private boolean awaitExit() {
        try {
            return process.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The classpath of a child server: this JVM's, as the failsafe manifest-only jar lists it, less the
     * test classes. A server started from a classpath with them would take the end-to-end tests' own
     * configuration for its own, because it scans {@code org.roundtable}: the test database chooser
     * (which wipes the schema at every start) and the failing projection among them.
     */
    private record ChildClasspath(List<String> entries, String testClasses) {

        static final ChildClasspath MAIN = of(System.getProperty("java.class.path"));

        String classpath() {
            return String.join(File.pathSeparator, entries);
        }

        private static ChildClasspath of(String classpath) {
            List<String> entries = new ArrayList<>();
            for (String entry : classpath.split(File.pathSeparator)) {
                entries.addAll(expand(entry));
            }
            String testClasses = entries.stream()
                    .filter(entry -> entry.endsWith("test-classes"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No test-classes on the classpath " + entries));
            return new ChildClasspath(
                    entries.stream().filter(entry -> !entry.equals(testClasses)).toList(), testClasses);
        }

        /** A jar whose manifest names a Class-Path, as failsafe's booter jar does, stands for that path. */
        private static List<String> expand(String entry) {
            if (!entry.endsWith(".jar")) {
                return List.of(entry);
            }
            try (JarFile jar = new JarFile(entry)) {
                Manifest manifest = jar.getManifest();
                String listed =
                        manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                if (listed == null || listed.isBlank()) {
                    return List.of(entry);
                }
                URI base = Path.of(entry).toUri();
                return Arrays.stream(listed.trim().split("\\s+"))
                        .map(relative -> Path.of(base.resolve(relative)).toString())
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the manifest of " + entry, e);
            }
        }
    }
}
