package org.roundtable.server.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the child processes of the fault tests write their output: {@code target/fault-logs/<name>.log}. */
final class FaultLogs {

    private static final Path DIRECTORY = Path.of("target", "fault-logs").toAbsolutePath();

    private FaultLogs() {}

    /** The log of {@code name}, emptied of an earlier run's output; restarts within a run append to it. */
    static Path file(String name) throws IOException {
        Files.createDirectories(DIRECTORY);
        Path log = DIRECTORY.resolve(name + ".log");
        Files.deleteIfExists(log);
        return log;
    }
}
