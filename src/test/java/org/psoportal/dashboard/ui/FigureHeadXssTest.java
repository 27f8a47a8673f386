package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.psoportal.security.XssPayloads;
import org.psoportal.shared.Count;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;

/**
 * A figure's heading is markup the browser parses as HTML ({@link FigurePanel}); its title and hint are the portal's
 * words but may carry user data (a project's or skill's name). Each payload as title and hint must stay text: the
 * parsed heading has only the elements and attributes the figure writes, and the payload comes back as written.
 */
class FigureHeadXssTest {

    static final List<String> PAYLOADS = XssPayloads.ALL;

    private static final Set<String> WRITTEN = Set.of("body", "div", "h3", "vaadin-button", "vaadin-icon", "span", "p");

    private static final Set<String> WRITTEN_ATTRIBUTES = Set.of("class", "theme", "icon", "slot");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void aPayloadInTheTitleOrHintStaysText(String payload) {
        FigurePanel<Count> figure = new FigurePanel<>(
                        "figure",
                        payload,
                        new BarChart(payload, payload),
                        rows -> new ChartData(List.of(), List.of()),
                        List.of(FigureColumn.text("Project", Count::label)))
                .withHint(payload);

        Element head =
                XssPayloads.parsedWithOnly(Markup.rendered(figure.head().getElement()), WRITTEN, WRITTEN_ATTRIBUTES);
        assertThat(head.selectFirst("h3").wholeText()).isEqualTo(payload);
        assertThat(head.selectFirst("p.pso-figure-hint").wholeText()).isEqualTo(payload);
    }
}
