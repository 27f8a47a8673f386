package org.psoportal.largedata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's table (figure, value, target, holds) and notes, as Markdown. */
final class Report {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void figure(String area, String figure, String value, String target, String holds) {
        rows.add(new String[] {area, figure, value, target, holds});
        System.out.printf("BENCH %-10s %-75s %14s  target %-10s %s%n", area, figure, value, target, holds);
    }

    synchronized java.util.Set<String> areas() {
        java.util.Set<String> areas = new java.util.LinkedHashSet<>();
        rows.forEach(r -> areas.add(r[0]));
        return areas;
    }

    synchronized int rowCount() {
        return rows.size();
    }

    synchronized void note(String line) {
        notes.add(line);
        System.out.println("BENCH   " + line);
    }

    synchronized String markdown() {
        StringBuilder sb = new StringBuilder("# PSO Portal benchmark report\n\n")
                .append("Run ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ")
                .append(Runtime.version())
                .append(" (`./mvnw -Pbench verify`, or the smoke run of `./mvnw verify`;")
                .append(" see docs/performance.md).\n\n")
                .append("| area | figure | value | target | holds |\n|---|---|---|---|---|\n");
        for (String[] r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        sb.append("\n## Details\n\n```\n");
        notes.forEach(n -> sb.append(n).append('\n'));
        return sb.append("```\n").toString();
    }
}
