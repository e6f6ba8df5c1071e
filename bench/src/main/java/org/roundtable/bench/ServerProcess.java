package org.roundtable.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The measured server: its boot jar in a child JVM, as a user runs it, with its log in a file. Started
 * with {@code -XX:+ExitOnOutOfMemoryError} when its heap is bounded, so that running out of memory ends
 * it at once instead of leaving a half-working server; either way its log is searched for the error.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Duration SHUTDOWN = Duration.ofSeconds(60);
    private static final String OUT_OF_MEMORY = "OutOfMemoryError";

    private final Process process;
    private final ServerSettings settings;
    private final Path log;
    // A benchmark stopped by Ctrl-C or a CI timeout must not leave its server running.
    private final Thread stopOnExit;

    private ServerProcess(Process process, ServerSettings settings, Path log) {
        this.process = process;
        this.settings = settings;
        this.log = log;
        this.stopOnExit = new Thread(process::destroy, "bench-server-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts the jar with {@code maxHeap} (e.g. "256m"; null for the JVM's default) and waits until it
     * answers healthy.
     */
    static ServerProcess start(Path jar, ServerSettings settings, String maxHeap, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (maxHeap != null) {
            command.add("-Xmx" + maxHeap);
            command.add("-XX:+ExitOnOutOfMemoryError");
        }
        // For profiling the measured servers, e.g. -XX:StartFlightRecording=filename={server}.jfr, where
        // {server} is the name of the server's log without ".log" (server, server-256m).
        String options =
                System.getenv().getOrDefault("ROUNDTABLE_BENCH_SERVER_OPTS", "").strip();
        if (!options.isEmpty()) {
            String name = log.getFileName().toString().replaceFirst("\\.log$", "");
            command.addAll(List.of(options.replace("{server}", name).split("\\s+")));
        }
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(settings.arguments());
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess server = new ServerProcess(process, settings, log);
        try {
            server.awaitHealthy();
            return server;
        } catch (InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    ServerSettings settings() {
        return settings;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the server ran out of memory: it says so in its log, or it died with the JVM's exit code for it. */
    boolean ranOutOfMemory() throws IOException {
        return logMentions(OUT_OF_MEMORY) || (!process.isAlive() && process.exitValue() == 3);
    }

    private boolean logMentions(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.anyMatch(line -> line.contains(text));
        }
    }

    /** The last lines of its log, for the message of a failure. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void awaitHealthy() throws InterruptedException {
        BenchClient client = settings.user();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The server exited with " + process.exitValue() + " during startup:\n" + logTail());
            }
            try {
                if (client.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof ConnectException
                        || e.getCause() instanceof HttpConnectTimeoutException)) {
                    throw e;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The server did not answer healthy within " + STARTUP + ":\n" + logTail());
    }

    /** Stops it as an operator would (SIGTERM, a graceful shutdown), and kills it if that takes too long. */
    @Override
    public void close() throws InterruptedException {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        process.destroy();
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
