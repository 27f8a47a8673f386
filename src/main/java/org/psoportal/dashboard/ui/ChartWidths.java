package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.stream.Stream;
import org.psoportal.shared.ui.chart.SvgChart;

/**
 * Lays the dashboard's charts out for the window they are shown in: narrow on a phone, so their text is drawn at
 * 12 px there too (a 400-unit drawing scaled into a phone's 310 px drew it at 9 px), wide otherwise. Follows the
 * window when it is resized or the phone is turned.
 */
final class ChartWidths {

    private ChartWidths() {}

    /**
     * Starts following the window's inner width: {@code widths} hears it once it is known and after every resize,
     * and lays the charts out for it ({@link #layOut}). Remove the registration on detach.
     */
    static Registration follow(UI ui, SerializableConsumer<Integer> widths) {
        ui.getPage().retrieveExtendedClientDetails(details -> widths.accept(details.getWindowInnerWidth()));
        return ui.getPage().addBrowserWindowResizeListener(resized -> widths.accept(resized.getWidth()));
    }

    static void layOut(Component root, int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < SvgChart.NARROW_BELOW_WINDOW_WIDTH;
        charts(root).forEach(chart -> chart.setNarrow(narrow));
    }

    private static Stream<SvgChart> charts(Component component) {
        if (component instanceof SvgChart chart) {
            return Stream.of(chart);
        }
        return component.getChildren().flatMap(ChartWidths::charts);
    }
}
