package org.psoportal.people.internal;

import org.psoportal.security.AccessChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a person is deactivated, whoever decides it: the head on the people page (PersonService checks the
 * head's rules first) or the directory sync for someone who left the organisation. The person is kept (nothing is
 * deleted) and {@link AccessChanged} ends their open sessions on every instance.
 */
@Component
public class PersonActivation {

    private final PersonRepository people;
    private final ApplicationEventPublisher events;

    PersonActivation(PersonRepository people, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
    }

    @Transactional
    public void setActive(Person person, boolean active) {
        person.setActive(active);
        people.saveAndFlush(person);
        if (!active) {
            events.publishEvent(new AccessChanged(person.getId(), AccessChanged.Reason.DEACTIVATED));
        }
    }
}
