package org.psoportal.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the portal writes CSV (board export, dashboard figures): RFC 4180 through commons-csv (CRLF rows,
 * a cell with a comma, quote, CR or LF is quoted and its quotes doubled, so a multi-line text stays one cell), and
 * every text cell that a spreadsheet would read as a formula is neutralised as OWASP's CSV-injection guidance
 * says: a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * single quote in front. Numbers ({@link Number} values) are written as they are: a negative number is no
 * formula. Other values (dates, enums, booleans) are written through {@code toString()} and checked like text.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvWriter() {}

    /** The header row and the rows as CSV text; with {@code byteOrderMark} it starts with U+FEFF (for Excel). */
    public static String write(List<String> header, Iterable<? extends List<?>> rows, boolean byteOrderMark) {
        StringWriter out = new StringWriter();
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(CsvWriter::cell).toList());
            for (List<?> row : rows) {
                List<Object> cells = new ArrayList<>(row.size());
                row.forEach(v -> cells.add(cell(v)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One cell's value as written: null as empty, numbers as they are, anything else as neutralised text. */
    public static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value;
        }
        return neutralised(value.toString());
    }

    /** The text with a leading single quote when it begins like a formula (= + - @ tab CR); otherwise unchanged. */
    public static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
