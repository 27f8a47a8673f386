package org.psoportal.admintasks.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.psoportal.audit.AuditObjectNames;
import org.springframework.stereotype.Component;

/** A task is named by its title in the audit trail. */
@Component
class TaskAuditNames implements AuditObjectNames {

    private final AdminTaskRepository repository;

    TaskAuditNames(AdminTaskRepository repository) {
        this.repository = repository;
    }

    @Override
    public String objectType() {
        return "task";
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(AdminTask::getId, AdminTask::getTitle));
    }
}
