package org.psoportal.people.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.psoportal.audit.AuditObjectNames;
import org.springframework.stereotype.Component;

/** A person is named by their full name in the audit trail. */
@Component
class PersonAuditNames implements AuditObjectNames {

    private final PersonRepository repository;

    PersonAuditNames(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public String objectType() {
        return "person";
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
    }
}
