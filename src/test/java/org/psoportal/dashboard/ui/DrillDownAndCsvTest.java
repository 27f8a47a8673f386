package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.Count;

class DrillDownAndCsvTest {

    @Test
    void boardLinksUseTheAgreedParameters() {
        assertThat(DrillDown.board(7L).with("overdue", "true").url()).isEqualTo("board?project=7&overdue=true");
        assertThat(DrillDown.board(null).with("assignee", "none").url()).isEqualTo("board?assignee=none");
        assertThat(DrillDown.board(null).url()).isEqualTo("board");
    }

    @Test
    void expertLinks() {
        assertThat(DrillDown.expertWeek(12, LocalDate.of(2026, 11, 25)).url()).isEqualTo("experts/12?week=2026-11-25");
        assertThat(DrillDown.expertsWithSkill("Power BI").url()).isEqualTo("experts?skill=Power%20BI");
        assertThat(DrillDown.expertsWithSkill("").url()).isEqualTo("experts");
    }

    @Test
    void trainingSessionLinksNameTheDaysAndWhatTheBarShows() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(DrillDown.trainingSessions(monday, monday.plusDays(6), 7L, null, true)
                        .url())
                .isEqualTo("dashboard/sessions?from=2026-11-30&to=2026-12-06&project=7&held=true");
        assertThat(DrillDown.trainingSessions(monday, monday.plusDays(6), null, "Power BI", false)
                        .url())
                .isEqualTo("dashboard/sessions?from=2026-11-30&to=2026-12-06&skill=Power%20BI");
    }

    @Test
    void csvHasAHeaderRawValuesAndQuotesWhereNeeded() {
        List<FigureColumn<Count>> columns =
                List.of(FigureColumn.text("Project", Count::label), FigureColumn.number("Count", Count::count));
        String csv = new String(
                CsvExport.csv(columns, List.of(new Count("1", "ADV, \"big\"", 3), new Count("2", "Ürban", 0))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFProject,Count\r\n\"ADV, \"\"big\"\"\",3\r\nÜrban,0\r\n");
    }

    @Test
    void numbersShowWithOneDecimalAtMost() {
        assertThat(FigureColumn.format(3)).isEqualTo("3");
        assertThat(FigureColumn.format(2.55)).isEqualTo("2.6");
        assertThat(FigureColumn.format(null)).isEmpty();
    }
}
