package org.psoportal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;

class ImportFileReaderTest {

    private static ImportTable csv(String text) {
        return ImportFileReader.read("people.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(String fileName, byte[] data) {
        try {
            ImportFileReader.read(fileName, data);
        } catch (UserMessageException e) {
            return e.messageKey();
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void quotesAndLineBreaksInsideCellsStayInTheirCellAndLinesAreThoseOfTheFile() {
        ImportTable t = csv("email,name,department,roles\r\n"
                + "a@example.org,\"O'Brien, \"\"Bob\"\"\",\"Line one\nline two\",STAFF\r\n"
                + "b@example.org,Bea,,STAFF\r\n");

        assertThat(t.header()).containsExactly("email", "name", "department", "roles");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).cells())
                .containsExactly("a@example.org", "O'Brien, \"Bob\"", "Line one\nline two", "STAFF");
        assertThat(t.rows().get(0).line()).isEqualTo(2);
        assertThat(t.rows().get(1).line()).isEqualTo(4); // the record after the two-line cell begins on line 4
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnAndSemicolonsSeparateWhenTheHeaderDoes() {
        ImportTable t = csv("\uFEFFemail;name;roles\nä@example.org;Jürgen Ärger;STAFF\n");

        assertThat(t.header()).containsExactly("email", "name", "roles");
        assertThat(t.rows().getFirst().cells()).containsExactly("ä@example.org", "Jürgen Ärger", "STAFF");
    }

    @Test
    void windows1252IsRefusedNamingTheLineInsteadOfGarblingNames() {
        byte[] ansi = "email,name,roles\nj@example.org,Jürgen,STAFF\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> ImportFileReader.read("people.csv", ansi))
                .isInstanceOf(ImportFileException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).messageKey()).isEqualTo("import.file.notUtf8");
                    assertThat(((UserMessageException) e).args()).containsExactly(2L);
                });
        assertThat(refusal("people.csv", "email\n".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("import.file.binary"); // UTF-16 without a byte order mark: a NUL after each letter
        byte[] utf16 = "\uFEFFemail\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(refusal("people.csv", utf16)).isEqualTo("import.file.utf16");
    }

    @Test
    void formulasAreKeptAsTheTextTheyAre() {
        ImportTable t = csv("email,name,department,roles\n"
                + "a@example.org,=HYPERLINK(\"http://evil\"),+1+2,@SUM(A1)\n"
                + "b@example.org,-2,=cmd|'/c calc'!A0,STAFF\n");

        assertThat(t.rows().get(0).cells())
                .containsExactly("a@example.org", "=HYPERLINK(\"http://evil\")", "+1+2", "@SUM(A1)");
        assertThat(t.rows().get(1).cells()).containsExactly("b@example.org", "-2", "=cmd|'/c calc'!A0", "STAFF");
    }

    @Test
    void junkIsRefusedWithAMessageNeverAStackTrace() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(junk);
        assertThat(refusal("junk.csv", junk)).isEqualTo("import.file.notUtf8");

        byte[] tooLarge = new byte[ImportFileReader.MAX_BYTES + 1];
        assertThat(refusal("big.csv", tooLarge)).isEqualTo("import.file.tooLarge");
        assertThat(refusal("nul.csv", "email\0name\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.binary");
        assertThat(refusal("empty.csv", new byte[0])).isEqualTo("import.file.empty");
        assertThat(refusal("broken.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("import.file.badXlsx");
        assertThat(refusal("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isEqualTo("import.file.oldExcel");
        assertThat(refusal("q.csv", "email,name\n\"a@example.org,Ann\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.badQuotes");
    }

    @Test
    void tooManyColumnsRefuseTheFile() {
        String wide = "x,".repeat(ImportFileReader.MAX_COLUMNS) + "x\n";
        assertThat(refusal("wide.csv", ("email\n" + wide).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.file.tooManyColumns");
    }

    @Test
    void excelIsReadAsTextWithFormulaCellsGivingTheirSavedValueAndTextFormulasStayingText() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("import");
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("email");
            h.createCell(1).setCellValue("name");
            h.createCell(2).setCellValue("weekly_capacity_hours");
            var r = sheet.createRow(2); // an empty row between header and data
            r.createCell(0).setCellValue("=not a formula, text");
            r.createCell(2).setCellFormula("10+10");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves the computed value
            var r2 = sheet.createRow(3);
            r2.createCell(1).setCellValue(20);
            book.write(out);
            xlsx = out.toByteArray();
        }

        ImportTable t = ImportFileReader.read("experts.xlsx", xlsx);

        assertThat(t.header()).containsExactly("email", "name", "weekly_capacity_hours");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).line()).isEqualTo(3);
        assertThat(t.rows().get(0).cells()).containsExactly("=not a formula, text", "", "20");
        assertThat(t.rows().get(1).cells()).containsExactly("", "20");
    }

    @Test
    void theTemplatesReadBackAsTheirOwnColumns() {
        for (ImportKind kind : ImportKind.values()) {
            assertThat(ImportFileReader.read("t.csv", ImportTemplates.csv(kind)).header())
                    .isEqualTo(kind.headers());
            ImportTable x = ImportFileReader.read("t.xlsx", ImportTemplates.xlsx(kind));
            assertThat(x.header()).isEqualTo(kind.headers());
            assertThat(x.rows().getFirst().cells())
                    .isEqualTo(
                            kind.columns().stream().map(ImportColumn::example).toList());
        }
    }

    @Test
    void anXlsxThatInflatesSuspiciouslyIsRefusedBeforeItFillsTheMemory() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(
                        new java.io.ByteArrayInputStream(ImportTemplates.xlsx(ImportKind.PEOPLE)));
                var out = new java.util.zip.ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("xl/padding.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) { // 200 MB of zeros, a few hundred kB packed
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bomb.size()).isLessThan(ImportFileReader.MAX_BYTES);

        assertThat(refusal("bomb.xlsx", bomb.toByteArray())).isEqualTo("import.file.badXlsx");
    }
}
