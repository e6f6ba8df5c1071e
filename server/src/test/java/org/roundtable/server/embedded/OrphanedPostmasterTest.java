package org.roundtable.server.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the embedded default does with the {@code postmaster.pid} a killed server left behind. A
 * copy of {@code sleep} named {@code postgres} inside the data directory stands in for the
 * orphaned postmaster, whose command line names the data directory too.
 */
class OrphanedPostmasterTest {

    static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path dataDirectory;

    Process process;

    @AfterEach
    void stopTheProcess() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    @Test
    void anOrphanedPostmasterIsStoppedAndItsPidFileRemoved() throws IOException {
        Path fakePostgres = dataDirectory.resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), fakePostgres);
        assertThat(fakePostgres.toFile().setExecutable(true)).isTrue();
        process = new ProcessBuilder(fakePostgres.toString(), "600").start();
        writePidFile(process.pid());

        OrphanedPostmaster.stopIfPresent(dataDirectory, PATIENCE);

        assertThat(process.isAlive()).isFalse();
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void aProcessThatReusedThePidIsLeftAlone() throws IOException {
        process = new ProcessBuilder("sleep", "600").start();
        writePidFile(process.pid());

        OrphanedPostmaster.stopIfPresent(dataDirectory, PATIENCE);

        assertThat(process.isAlive()).isTrue();
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsRemoved() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        writePidFile(gone.pid());

        OrphanedPostmaster.stopIfPresent(dataDirectory, PATIENCE);

        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void aDataDirectoryHeldByALiveServerIsNotTouched() throws IOException {
        writePidFile(ProcessHandle.current().pid());
        Path ownerLock = dataDirectory.resolve(OrphanedPostmaster.OWNER_LOCK_FILE);
        try (FileChannel channel = FileChannel.open(ownerLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {

            assertThatThrownBy(() -> OrphanedPostmaster.stopIfPresent(dataDirectory, PATIENCE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another running server");
        }
        assertThat(pidFile()).exists();
    }

    private Path pidFile() {
        return dataDirectory.resolve(OrphanedPostmaster.PID_FILE);
    }

    /** The first lines of a real postmaster.pid: the pid, then the data directory. */
    private void writePidFile(long pid) throws IOException {
        Files.writeString(pidFile(), pid + "\n" + dataDirectory + "\n");
    }
}
