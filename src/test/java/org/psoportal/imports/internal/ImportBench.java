package org.psoportal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * How long the head's import of 5,000 people takes (docs/performance.md): preview, import (one transaction per
 * row, audited) and the preview of the same file again. A figure, not a timed test: run with
 * {@code ./mvnw -Pbench test -Dtest=ImportBench}.
 */
@IntegrationTest
class ImportBench {

    private static final int PEOPLE = 5_000;

    @Autowired
    ImportService imports;

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void fiveThousandPeople() {
        StringBuilder csv = new StringBuilder("email,name,department,roles\n");
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("bench.")
                    .append(i)
                    .append('@')
                    .append(run)
                    .append(".example,Bench Person ")
                    .append(i)
                    .append(",Department ")
                    .append(i % 40)
                    .append(',')
                    .append(i % 10 == 0 ? "STAFF;EXPERT" : "STAFF")
                    .append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        ImportPreview preview = imports.preview(ImportKind.PEOPLE, "bench.csv", file);
        long t1 = System.nanoTime();
        AtomicInteger progressCalls = new AtomicInteger();
        ImportPreview done = imports.apply(preview, (n, total) -> progressCalls.incrementAndGet());
        long t2 = System.nanoTime();
        ImportPreview again = imports.preview(ImportKind.PEOPLE, "bench.csv", file);
        long t3 = System.nanoTime();

        assertThat(done.count(ImportRow.Outcome.CREATE)).isEqualTo(PEOPLE);
        assertThat(again.count(ImportRow.Outcome.UNCHANGED)).isEqualTo(PEOPLE);
        System.out.printf(
                "%nIMPORT BENCH: %,d people (%,d bytes): preview %.1f s, import %.1f s (%.1f ms a row, %d progress"
                        + " reports), preview of the same file again %.1f s, total preview + import %.1f s%n%n",
                PEOPLE,
                file.length,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                (t2 - t1) / 1e6 / PEOPLE,
                progressCalls.get(),
                (t3 - t2) / 1e9,
                (t2 - t0) / 1e9);
    }
}
