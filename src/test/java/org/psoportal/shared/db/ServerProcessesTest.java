package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a MariaDB server of this very data directory is ever stopped: pid files alone prove nothing. */
class ServerProcessesTest {

    @TempDir
    Path dir;

    @Test
    void aPidFileNamingAnotherProgramOrNoProcessIsIgnored() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Path dataDir = Files.createDirectories(dir.resolve("db"));
        Process other = new ProcessBuilder("sleep", "300").start();
        try {
            // The pid file outlived its server and the number now belongs to another program.
            Files.writeString(dataDir.resolve(ServerProcesses.PID_FILE), other.pid() + "\n");
            // An older start's pid file (<host>.pid) naming a process that no longer exists.
            Process gone = new ProcessBuilder("true").start();
            gone.waitFor();
            Files.writeString(dataDir.resolve("somehost.pid"), Long.toString(gone.pid()));

            assertThat(ServerProcesses.runningOn(dataDir)).isEmpty();
            assertThat(ServerProcesses.stopLeftovers(dataDir, Duration.ofSeconds(1)))
                    .isZero();
            assertThat(other.isAlive()).isTrue();
            assertThat(ServerProcesses.isServerOf(other.pid(), dataDir)).isFalse();
        } finally {
            other.destroyForcibly();
        }
    }
}
