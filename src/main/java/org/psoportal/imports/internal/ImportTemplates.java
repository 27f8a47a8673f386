package org.psoportal.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.psoportal.shared.CsvWriter;

/** The downloadable template files of an import kind, CSV and Excel, both from {@link ImportKind}'s columns. */
public final class ImportTemplates {

    private ImportTemplates() {}

    public static String fileName(ImportKind kind, boolean excel) {
        return "pso-import-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (excel ? ".xlsx" : ".csv");
    }

    /** UTF-8 with a byte order mark (so Excel opens it as UTF-8), the header and one example row. */
    public static byte[] csv(ImportKind kind) {
        List<String> example =
                kind.columns().stream().map(ImportColumn::example).toList();
        return CsvWriter.write(kind.headers(), List.of(example), true).getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook with the header (bold), one example row, every cell text, and a second sheet naming the columns. */
    public static byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("import");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            var header = sheet.createRow(0);
            var example = sheet.createRow(1);
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn c = kind.columns().get(i);
                var h = header.createCell(i);
                h.setCellValue(c.name());
                h.setCellStyle(bold);
                var e = example.createCell(i);
                e.setCellValue(c.example());
                e.setCellStyle(text);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 28 * 256);
            }
            XSSFSheet help = book.createSheet("columns");
            for (int i = 0; i < kind.columns().size(); i++) {
                ImportColumn c = kind.columns().get(i);
                var row = help.createRow(i);
                row.createCell(0).setCellValue(c.name());
                row.createCell(1).setCellValue(c.required() ? "required" : "optional");
                row.createCell(2).setCellValue(c.description());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
