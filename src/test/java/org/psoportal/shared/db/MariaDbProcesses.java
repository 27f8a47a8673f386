package org.psoportal.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The test's own view of the mariadbd processes of a data directory (read from /proc, independent of the code). */
final class MariaDbProcesses {

    private MariaDbProcesses() {}

    /** The live processes whose command line names {@code <directory>/db} as their data directory. */
    static List<ProcessHandle> of(Path directory) {
        String dataDir = "--datadir=" + directory.toAbsolutePath().normalize().resolve("db");
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> {
                        String cmdline = cmdline(p.pid());
                        return cmdline.contains("mariadbd")
                                && List.of(cmdline.split("\0")).contains(dataDir);
                    })
                    .toList();
        }
    }

    static String cmdline(long pid) {
        try {
            return new String(
                    Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** SIGKILL for whatever is left of the directory's servers (test clean-up). */
    static void killAll(Path directory) {
        for (ProcessHandle p : of(directory)) {
            p.destroyForcibly();
            p.onExit().join();
        }
    }
}
