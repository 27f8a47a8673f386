package org.psoportal.dashboard.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The numbers of a figure as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read umlauts). */
final class CsvExport {

    private CsvExport() {}

    static <T> byte[] csv(List<FigureColumn<T>> columns, List<T> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String[] headers = columns.stream().map(FigureColumn::header).toArray(String[]::new);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(headers).get().print(out)) {
            for (T row : rows) {
                printer.printRecord(columns.stream().map(c -> c.csvValue(row)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
