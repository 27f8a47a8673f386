package org.psoportal.people.internal;

import org.psoportal.security.PortalUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up by e-mail for sign-in; an inactive person is loaded as disabled and cannot sign in. */
@Component
class PersonUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PersonUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        Person p = people.findByEmail(Person.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
        return new PortalUser(
                p.getId(), p.getEmail(), p.getFullName(), p.getPasswordHash(), p.isActive(), p.getRoles());
    }
}
