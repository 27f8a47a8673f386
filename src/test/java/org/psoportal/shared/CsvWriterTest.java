package org.psoportal.shared;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The shared CSV writer neutralises formula cells (OWASP CSV injection) and quotes; every CSV goes through it. */
class CsvWriterTest {

    static final List<String> FORMULAS =
            List.of("=1+2", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1", "=HYPERLINK(\"http://evil.example\",\"x\")");

    @Test
    void formulaCellsAreNeutralisedAndEverythingReadsBackAsOneCellEach() throws IOException {
        List<Object> row = new java.util.ArrayList<>(FORMULAS);
        row.addAll(Arrays.asList("plain, \"quoted\"", "line one\r\nline two", -3, 2.5, null));
        String csv = CsvWriter.write(List.of("=header", "b"), List.of(row), false);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).values()).containsExactly("'=header", "b");
        List<String> cells = List.of(records.get(1).values());
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(cells.get(i)).isEqualTo("'" + FORMULAS.get(i));
        }
        assertThat(cells.subList(FORMULAS.size(), cells.size()))
                .containsExactly("plain, \"quoted\"", "line one\r\nline two", "-3", "2.5", "");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertThat(CsvWriter.neutralised("Plain")).isEqualTo("Plain");
        assertThat(CsvWriter.neutralised("")).isEmpty();
        assertThat(CsvWriter.neutralised("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.cell(-7L)).isEqualTo(-7L);
    }

    @Test
    void everyCsvThePortalWritesGoesThroughTheSharedWriter() {
        var main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.psoportal");
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(CsvWriter.class.getName())
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
                .because("CSV is written only by org.psoportal.shared.CsvWriter, which neutralises formula cells"
                        + " (reading CSV, as the bulk import does, is another matter)")
                .check(main);
    }
}
