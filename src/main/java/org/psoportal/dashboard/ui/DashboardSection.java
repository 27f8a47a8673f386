package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import org.psoportal.dashboard.internal.OfficeDashboard;

/** One section of the head's dashboard: its figures, drawn from the shared figures and redrawn when they change. */
abstract class DashboardSection extends Div {

    /** Draws the section's figures from {@code d} (again, when the shared figures changed). */
    abstract void show(OfficeDashboard d);
}
