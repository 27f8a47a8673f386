package org.psoportal.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap of another JVM (the packaged portal) through {@code jcmd}: the memory benchmarks' one way to read it. */
final class JvmHeap {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private JvmHeap() {}

    /** The used heap in KB after full GCs: the smallest of 3 readings, each after {@code GC.run}. */
    static long usedAfterGc(long pid) throws IOException, InterruptedException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
            if (!m.find()) {
                throw new IllegalStateException("No used heap in GC.heap_info");
            }
            min = Math.min(min, Long.parseLong(m.group(1)));
        }
        return min;
    }

    /** What {@code jcmd <pid> <command>} prints; fails when jcmd does. */
    static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
