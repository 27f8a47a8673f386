package org.psoportal.imports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded CSV or Excel (.xlsx) file into a table of text cells, or refuses the whole file with a message
 * the head can act on. Nothing is ever evaluated: a cell beginning with = + - @ stays exactly that text, and an
 * Excel formula cell gives the value Excel last computed and saved with it (what the head saw), never the formula.
 *
 * <p>CSV: UTF-8 with or without byte order mark, comma or semicolon separated (the separator of the header line),
 * RFC 4180 quoting, so quotes and line breaks inside a quoted cell stay in that cell. Anything that is not valid
 * UTF-8 is refused, naming the line, rather than guessed at: Excel's plain "CSV" is Windows-1252, whose accented
 * letters would otherwise turn into garbage in people's names. Excel is read as a stream of cells (POI's SAX
 * reader, first sheet only); POI's zip-bomb guard (ZipSecureFile) refuses archives that inflate suspiciously.
 */
public final class ImportFileReader {

    /** Like attachments: a file of this size holds far more than the row limit. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Rows per file: a large organisation fits; more should be split (and would make a long preview). */
    public static final int MAX_ROWS = 20_000;

    /** Cells per row: wider rows are not an import file (or a broken one). */
    public static final int MAX_COLUMNS = 50;

    private ImportFileReader() {}

    public static ImportTable read(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (data.length > MAX_BYTES) {
            throw new ImportFileException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = data.length > 3 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
        if (name.endsWith(".xlsx") || zip) {
            if (!zip) {
                throw new ImportFileException("import.file.notXlsx");
            }
            return readXlsx(data);
        }
        if (name.endsWith(".xls") || (data.length > 1 && (data[0] & 0xFF) == 0xD0 && (data[1] & 0xFF) == 0xCF)) {
            throw new ImportFileException("import.file.oldExcel");
        }
        return readCsv(data);
    }

    static ImportTable readCsv(byte[] data) {
        if (data.length >= 2
                && (((data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xFE)
                        || ((data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF))) {
            throw new ImportFileException("import.file.utf16");
        }
        String text = decodeUtf8(data);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException("import.file.binary");
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<String> header = null;
        List<ImportTable.Row> rows = new ArrayList<>();
        long line = 1;
        long counted = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    rec = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ImportFileException("import.file.badQuotes", parser.getCurrentLineNumber());
                }
                // the line the record begins on, counted on from the previous record (files may be long)
                for (int i = (int) counted; i < rec.getCharacterPosition(); i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = rec.getCharacterPosition();
                List<String> cells = rec.toList();
                if (cells.size() > MAX_COLUMNS) {
                    throw new ImportFileException("import.file.tooManyColumns", line, cells.size(), MAX_COLUMNS);
                }
                if (header == null) {
                    header = cells;
                } else if (!(cells.size() == 1 && cells.getFirst().isBlank())) {
                    addRow(rows, new ImportTable.Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new ImportFileException("import.file.badQuotes", line);
        }
        if (header == null) {
            throw new ImportFileException("import.file.empty");
        }
        return new ImportTable(header, rows);
    }

    /** Strict UTF-8: the first malformed byte refuses the file with its line, never a replacement character. */
    private static String decodeUtf8(byte[] data) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException("import.file.notUtf8", firstBadLine(data));
        }
    }

    /** The line of the first byte that is not part of valid UTF-8 (decoded piece by piece, lines counted). */
    private static long firstBadLine(byte[] data) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        var out = java.nio.CharBuffer.allocate(data.length + 1);
        decoder.decode(in, out, true);
        out.flip();
        return out.chars().filter(c -> c == '\n').count() + 1;
    }

    private static void addRow(List<ImportTable.Row> rows, ImportTable.Row row) {
        if (rows.size() >= MAX_ROWS) {
            throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
        }
        rows.add(row);
    }

    static ImportTable readXlsx(byte[] data) {
        List<List<String>> table = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(data))) {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("import.file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        null,
                        strings,
                        new RowCollector(table, lines),
                        new DataFormatter(Locale.ROOT),
                        false));
                xml.parse(new InputSource(sheet));
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a zip bomb, a broken archive or a non-spreadsheet zip in many ways; all mean the same here
            throw new ImportFileException("import.file.badXlsx");
        }
        if (table.isEmpty()) {
            throw new ImportFileException("import.file.empty");
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            addRow(rows, new ImportTable.Row(lines.get(i), cells));
        }
        return new ImportTable(table.getFirst(), rows);
    }

    /** Collects the first sheet's cells by column letter, so empty cells between values keep their place. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> table;
        private final List<Long> lines;
        private List<String> current;

        RowCollector(List<List<String>> table, List<Long> lines) {
            this.table = table;
            this.lines = lines;
        }

        @Override
        public void startRow(int rowNum) {
            if (table.size() > MAX_ROWS) {
                throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
            }
            current = new ArrayList<>();
            table.add(current);
            lines.add((long) rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {}

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? current.size() : new CellReference(ref).getCol();
            if (col >= MAX_COLUMNS) {
                throw new ImportFileException("import.file.tooManyColumns", lines.getLast(), col + 1, MAX_COLUMNS);
            }
            while (current.size() < col) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
