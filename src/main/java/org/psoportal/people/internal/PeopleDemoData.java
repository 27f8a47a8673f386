package org.psoportal.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo organisation's 30 people; the first of each role is the demo sign-in listed in the README. */
@Component
class PeopleDemoData implements DemoDataContributor {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    PeopleDemoData(PersonRepository people, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        String hash = passwordEncoder.encode(DemoContext.PASSWORD);
        List<Person> all = new ArrayList<>();
        all.add(new Person("Helena Hart", "head@pso.example", hash, EnumSet.of(Role.HEAD)));
        all.add(new Person("Adam Archer", "admin@pso.example", hash, EnumSet.of(Role.ADMINISTRATOR)));
        all.add(new Person("Erik Engel", "expert@pso.example", hash, EnumSet.of(Role.EXPERT)));
        all.add(new Person("Sofia Sandberg", "staff@pso.example", hash, EnumSet.of(Role.STAFF)));
        for (String name : List.of("Amira Haddad", "Lukas Brenner", "Chloe Martin", "Daniel Okafor")) {
            all.add(person(name, hash, EnumSet.of(Role.ADMINISTRATOR)));
        }
        for (String name :
                List.of("Grace Liu", "Mateo Rossi", "Priya Nair", "Jonas Weber", "Nora Lindqvist", "Tomás Ortega")) {
            all.add(person(name, hash, EnumSet.of(Role.EXPERT)));
        }
        for (String name : List.of(
                "Oliver Bennett",
                "Hannah Schmidt",
                "Kenji Tanaka",
                "Léa Dubois",
                "Samuel Mensah",
                "Isabel García",
                "Victor Novak",
                "Fatima Zahra",
                "Ethan Clarke",
                "Mia Jovanović",
                "Noah Fischer",
                "Zoe Papadopoulos",
                "Ravi Kumar",
                "Elena Petrova",
                "Liam O'Connor")) {
            all.add(person(name, hash, EnumSet.of(Role.STAFF)));
        }
        // Someone who left: shows deactivation in the administration view.
        Person former = person("Frank Former", hash, EnumSet.of(Role.STAFF));
        former.setActive(false);
        all.add(former);
        people.saveAll(all);
    }

    private static Person person(String name, String hash, Set<Role> roles) {
        String email = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace("'", "")
                        .replace(' ', '.')
                + "@pso.example";
        return new Person(name, email, hash, roles);
    }
}
