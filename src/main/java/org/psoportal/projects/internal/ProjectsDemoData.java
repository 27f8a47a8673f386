package org.psoportal.projects.internal;

import java.util.List;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Eight demo projects, one of them closed, managed by project staff. */
@Component
class ProjectsDemoData implements DemoDataContributor {

    private final ProjectRepository projects;
    private final PersonService people;

    ProjectsDemoData(ProjectRepository projects, PersonService people) {
        this.projects = projects;
        this.people = people;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        List<PersonSummary> managers = people.activeWithRole(Role.STAFF);
        String[][] demo = {
            {"ADV-2026-07", "Advisory platform relaunch", "New client advisory platform with CRM integration."},
            {"CRM-2026-02", "CRM migration", "Moving sales and service teams to the new CRM tool."},
            {"EDU-2026-04", "Learning portal", "Online courses for partner organisations."},
            {"FIN-2025-11", "Finance reporting automation", "Monthly reports generated from the ERP."},
            {"MKT-2026-01", "Brand refresh", "New visual identity and templates."},
            {"OPS-2026-03", "Office move", "Relocation of two teams to the new building."},
            {"RES-2026-05", "Customer research study", "Interviews and survey on service quality."},
            {"ERP-2024-09", "ERP upgrade", "Closed: upgrade finished last year."},
        };
        for (int i = 0; i < demo.length; i++) {
            Project p = new Project(
                    demo[i][0], demo[i][1], managers.get(i % managers.size()).id(), demo[i][2]);
            if (demo[i][0].startsWith("ERP")) {
                p.setStatus(ProjectStatus.CLOSED);
            }
            projects.save(p);
        }
    }
}
