package org.psoportal.admintasks;

import java.util.List;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.demo.DemoContext;
import org.springframework.stereotype.Component;

/** A few recurring templates for the demo (called by {@link BoardDemoData}). */
@Component
class TemplateDemoData {

    void load(DemoContext context, List<ProjectSummary> projects, List<PersonSummary> admins) {
        // Filled in with the recurring-task feature.
    }
}
