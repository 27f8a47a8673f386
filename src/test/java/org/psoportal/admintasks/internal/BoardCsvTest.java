package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardCsvTest {

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
                null);
        TaskCard next = card.atPosition(5 * 65536);
        String csv = BoardCsv.write(List.of(card, next));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("id,title,project,type,column");
        assertThat(lines[1])
                .startsWith("7,\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",ADV-1,INVOICING,WAITING,1,HIGH,"
                        + "Ada Lovelace,2026-12-01,false,1,3,2026-11-01T10:00:00Z,");
        assertThat(lines[2])
                .as("the position column is the place in the column, not the sparse sort key")
                .contains(",WAITING,2,HIGH,");
        assertThat(BoardCsv.safe("+1")).isEqualTo("'+1");
        assertThat(BoardCsv.safe("Plain")).isEqualTo("Plain");
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
                null);
        String[] lines = BoardCsv.write(List.of(card)).split("\r\n");
        assertThat(lines[1]).startsWith("8,'@title,'-PRJ,OTHER,TODO,1,LOW,'=Mallory,,false,0,0,");
    }
}
