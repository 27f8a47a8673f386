package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H3;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard's service-level group: its five figures, each with a table and a CSV download. */
@WithUserDetails(DemoAccounts.HEAD)
class ServiceLevelFiguresViewTest extends BrowserlessViewTest {

    @Test
    void theHeadSeesTheServiceLevelFiguresWithTablesAndCsv() {
        navigate(OverviewView.class);
        navigate(DashboardView.class);
        Scrolling.toTheEnd(find(LazySection.class).all());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Service levels");
        for (String id :
                new String[] {"sla-per-type", "sla-per-project", "sla-per-week", "sla-first-response", "sla-waiting"}) {
            FigurePanel<?> panel = find(FigurePanel.class).id(id);
            assertThat(panel).as(id).isNotNull();
        }
        FigurePanel<?> perType = find(FigurePanel.class).id("sla-per-type");
        assertThat(new String(perType.csv(), StandardCharsets.UTF_8))
                .as("the table's columns, as the CSV has them")
                .contains("Request type", "Met", "Breached", "Met %");
        FigurePanel<?> perWeek = find(FigurePanel.class).id("sla-per-week");
        assertThat(perWeek.items())
                .as("every week of the period, empty ones too")
                .isNotEmpty();
    }
}
