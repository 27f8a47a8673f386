package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.Labels;

class BoardCsvTest {

    private static final Properties TRANSLATIONS = translations();

    /** The portal's own translations, as the board's views read them. */
    private static final Labels WORDS = key -> TRANSLATIONS.getProperty(key, key);

    private static Properties translations() {
        Properties p = new Properties();
        try (var in = BoardCsvTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void writesOneRowPerCardAndDefusesFormulas() {
        TaskCard card = new TaskCard(
                7,
                1,
                "=HYPERLINK(\"x\"), \"quoted\"",
                3,
                "ADV-1",
                TaskType.INVOICING,
                5L,
                "Ada Lovelace",
                "AL",
                9,
                BoardColumn.WAITING,
                3 * 65536,
                Priority.HIGH,
                LocalDate.of(2026, 12, 1),
                false,
                1,
                3,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                null,
                null);
        TaskCard next = atPosition(card, 5 * 65536);
        String csv = BoardCsv.write(List.of(card, next), WORDS);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("id,title,project,type,column");
        assertThat(lines[1])
                .startsWith("7,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",ADV-1,Invoicing,Waiting,1,High,"
                        + "Ada Lovelace,2026-12-01,false,1,3,2026-11-01T10:00:00Z,");
        assertThat(lines[2])
                .as("the position column is the place in the column, not the sparse sort key")
                .contains(",Waiting,2,High,");
        assertThat(BoardCsv.safe("+1")).isEqualTo("'+1");
        assertThat(BoardCsv.safe("Plain")).isEqualTo("Plain");
    }

    /** A spreadsheet reader sees the board's words: "In progress", "Data entry", "Urgent", never the codes. */
    @Test
    void typeColumnAndPriorityAreTheWordsTheBoardShows() {
        TaskCard card = new TaskCard(
                9,
                1,
                "Send March invoices",
                3,
                "ADV-1",
                TaskType.DATA_ENTRY,
                5L,
                "Ada Lovelace",
                "AL",
                9,
                BoardColumn.IN_PROGRESS,
                0,
                Priority.URGENT,
                null,
                false,
                0,
                0,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                null,
                null);
        String row = BoardCsv.write(List.of(card), WORDS).split("\r\n")[1];
        assertThat(row)
                .startsWith("9,Send March invoices,ADV-1,Data entry,In progress,1,Urgent,")
                .doesNotContain("IN_PROGRESS", "DATA_ENTRY", "URGENT");
    }

    @Test
    void everyTextCellIsDefusedNotOnlyTheTitle() {
        TaskCard card = new TaskCard(
                8,
                1,
                "@title",
                3,
                "-PRJ",
                TaskType.OTHER,
                5L,
                "=Mallory",
                "M",
                9,
                BoardColumn.TODO,
                0,
                Priority.LOW,
                null,
                false,
                0,
                0,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                null,
                null);
        String[] lines = BoardCsv.write(List.of(card), WORDS).split("\r\n");
        assertThat(lines[1]).startsWith("8,'@title,'-PRJ,Other,To do,1,Low,'=Mallory,,false,0,0,");
    }

    /** A request's type and answers (from TaskExtras) become columns: one per question, formulas defused. */
    @Test
    void requestTypeAndAnswersAreColumns() {
        TaskCard card = new TaskCard(
                7,
                1,
                "Claim",
                3,
                "ADV-1",
                TaskType.EXPENSES,
                null,
                null,
                null,
                9,
                BoardColumn.TODO,
                0,
                Priority.NORMAL,
                null,
                false,
                0,
                0,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                null,
                null);
        TaskCard other = new TaskCard(
                8,
                1,
                "Plain",
                3,
                "ADV-1",
                TaskType.OTHER,
                null,
                null,
                null,
                9,
                BoardColumn.TODO,
                1,
                Priority.NORMAL,
                null,
                false,
                0,
                0,
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                null,
                null);
        String csv = BoardCsv.write(
                List.of(card, other),
                WORDS,
                java.util.Map.of(7L, "Expense claim"),
                java.util.Map.of(
                        7L,
                        List.of(
                                new org.psoportal.admintasks.TaskExtras.Answer("Amount", "42.50 EUR"),
                                new org.psoportal.admintasks.TaskExtras.Answer("Supplier", "=cmd"))));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(",completed_at,request_type,Amount,Supplier");
        assertThat(lines[1]).endsWith(",Expense claim,42.50 EUR,'=cmd");
        assertThat(lines[2]).endsWith(",,,");
    }

    /** The same card at another place in its column. */
    private static TaskCard atPosition(TaskCard c, long position) {
        return new TaskCard(
                c.id(),
                c.version(),
                c.title(),
                c.projectId(),
                c.projectCode(),
                c.type(),
                c.assigneeId(),
                c.assigneeName(),
                c.assigneeInitials(),
                c.requestedById(),
                c.column(),
                position,
                c.priority(),
                c.dueDate(),
                c.overdue(),
                c.checklistDone(),
                c.checklistTotal(),
                c.createdAt(),
                c.completedAt(),
                c.archivedAt(),
                c.clock());
    }
}
