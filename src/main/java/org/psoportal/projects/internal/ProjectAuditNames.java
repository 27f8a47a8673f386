package org.psoportal.projects.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.psoportal.audit.AuditObjectNames;
import org.springframework.stereotype.Component;

/** A project is named by its code in the audit trail. */
@Component
class ProjectAuditNames implements AuditObjectNames {

    private final ProjectRepository repository;

    ProjectAuditNames(ProjectRepository repository) {
        this.repository = repository;
    }

    @Override
    public String objectType() {
        return "project";
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Project::getId, Project::getCode));
    }
}
