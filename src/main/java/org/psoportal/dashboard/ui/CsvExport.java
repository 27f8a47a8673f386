package org.psoportal.dashboard.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.psoportal.shared.CsvWriter;

/**
 * The numbers of a figure as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read umlauts),
 * written by the shared {@link CsvWriter}: numbers stay numbers, text cells that look like formulas are neutralised.
 */
final class CsvExport {

    private CsvExport() {}

    static <T> byte[] csv(List<FigureColumn<T>> columns, List<T> rows) {
        List<String> headers = columns.stream().map(FigureColumn::header).toList();
        List<List<Object>> values = rows.stream()
                .map(row -> columns.stream().map(c -> c.raw().apply(row)).toList())
                .toList();
        return CsvWriter.write(headers, values, true).getBytes(StandardCharsets.UTF_8);
    }
}
