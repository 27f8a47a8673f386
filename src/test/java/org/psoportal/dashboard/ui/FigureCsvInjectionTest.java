package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.Count;

/** A dashboard figure's CSV neutralises labels that look like formulas; its numbers stay numbers. */
class FigureCsvInjectionTest {

    @Test
    void formulaLabelsAreNeutralisedAndNumbersStayNumbers() {
        List<FigureColumn<Count>> columns =
                List.of(FigureColumn.text("Project", Count::label), FigureColumn.number("Count", Count::count));
        String csv = new String(
                CsvExport.csv(
                        columns,
                        List.of(
                                new Count("1", "=cmd|' /C calc'!A0", -3),
                                new Count("2", "@SUM(1+1)", 4),
                                new Count("3", "-1+1", 0))),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFProject,Count\r\n'=cmd|' /C calc'!A0,-3\r\n'@SUM(1+1),4\r\n'-1+1,0\r\n");
    }
}
