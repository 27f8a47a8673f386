package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The CSV downloads of the figures shown in one browser tab: one download address for all of them, the figure named
 * in its query ({@code ?figure=skills}).
 *
 * <p>Why not an {@code Anchor} with a download handler per figure, as before: that made every figure a link element,
 * its text and a registered resource on the server, for about twenty figures per open dashboard, most never
 * downloaded (docs/performance.md, issue 17). The figure's link is now part of its heading's markup
 * ({@link FigurePanel}); the address is registered while any figure of the tab is shown and given up with the last.
 */
final class FigureDownloads implements Serializable {

    static final String FIGURE = "figure";

    /** The figures shown, by their id (unique on a page). */
    private final Map<String, FigurePanel<?>> shown = new HashMap<>();

    private StreamRegistration registration;

    private FigureDownloads() {}

    /** The downloads of this tab. */
    static FigureDownloads of(UI ui) {
        FigureDownloads downloads = ComponentUtil.getData(ui, FigureDownloads.class);
        if (downloads == null) {
            downloads = new FigureDownloads();
            ComponentUtil.setData(ui, FigureDownloads.class, downloads);
        }
        return downloads;
    }

    /** Makes {@code figure}'s CSV downloadable while it is shown; returns its address, relative to the portal's. */
    String add(UI ui, String id, FigurePanel<?> figure) {
        if (registration == null) {
            DownloadHandler handler = DownloadHandler.fromInputStream(
                    event -> download(event.getUI(), event.getRequest().getParameter(FIGURE)));
            registration = ui.getSession().getResourceRegistry().registerResource(handler, ui.getElement());
        }
        shown.put(id, figure);
        return registration.getResourceUri() + "?" + FIGURE + "=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The figure is no longer shown; the address goes with the tab's last figure. */
    void remove(String id, FigurePanel<?> figure) {
        shown.remove(id, figure);
        if (shown.isEmpty() && registration != null) {
            registration.unregister();
            registration = null;
        }
    }

    /**
     * The rows the figure shows, read with the tab's session locked: a download runs outside the session's lock,
     * while the dashboard's poll may be replacing the figures. A figure not shown (an old or made-up name) is a 404.
     */
    private DownloadResponse download(UI ui, String id) {
        byte[][] csv = {null};
        ui.accessSynchronously(() -> {
            FigurePanel<?> figure = id == null ? null : shown.get(id);
            csv[0] = figure == null ? null : figure.csv();
        });
        if (csv[0] == null) {
            return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
        }
        return new DownloadResponse(new ByteArrayInputStream(csv[0]), id + ".csv", "text/csv", csv[0].length);
    }
}
