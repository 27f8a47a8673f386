package org.psoportal.imports.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What importing a file would do, row by row; the import applies exactly the rows that are not refused. */
public record ImportPreview(ImportKind kind, String fileName, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** How many rows have each outcome (every outcome present, zero included). */
    public Map<ImportRow.Outcome, Long> counts() {
        Map<ImportRow.Outcome, Long> counts = new TreeMap<>(java.util.Arrays.stream(ImportRow.Outcome.values())
                .collect(Collectors.toMap(Function.identity(), o -> 0L)));
        rows.forEach(r -> counts.merge(r.outcome(), 1L, Long::sum));
        return counts;
    }

    public long count(ImportRow.Outcome outcome) {
        return counts().get(outcome);
    }
}
