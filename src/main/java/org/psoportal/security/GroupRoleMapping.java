package org.psoportal.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one home of "which groups of the organisation give which portal roles", applied at every sign-in through the
 * identity provider and at every directory sync. Configured as {@code group=ROLE} pairs separated by commas
 * ({@code PSO_GROUP_ROLES}, default {@code PSO-Heads=HEAD,PSO-Admins=ADMINISTRATOR,PSO-Experts=EXPERT}); someone in
 * none of the groups is staff. Group names match case-insensitively, and an LDAP group given as a distinguished name
 * ({@code cn=PSO-Heads,ou=groups,dc=example,dc=org}) matches by its first component's value.
 */
@Component
public class GroupRoleMapping {

    public static final String DEFAULT = "PSO-Heads=HEAD,PSO-Admins=ADMINISTRATOR,PSO-Experts=EXPERT";

    private final Map<String, Role> roleByGroup;

    public GroupRoleMapping(@Value("${pso.directory.group-roles:" + DEFAULT + "}") String pairs) {
        this.roleByGroup = parse(pairs);
    }

    /** The roles these groups give; {@link Role#STAFF} when they give none. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            Role role = roleByGroup.get(key(group));
            if (role != null) {
                roles.add(role);
            }
        }
        return roles.isEmpty() ? EnumSet.of(Role.STAFF) : roles;
    }

    /** The configured pairs, for the documentation and the sync report. */
    public Map<String, Role> pairs() {
        return Map.copyOf(roleByGroup);
    }

    private static Map<String, Role> parse(String pairs) {
        Map<String, Role> parsed = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(
                        "PSO_GROUP_ROLES: '" + pair.trim() + "' is not group=ROLE (e.g. " + DEFAULT + ")");
            }
            String roleName = pair.substring(eq + 1).trim().toUpperCase(Locale.ROOT);
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "PSO_GROUP_ROLES: '" + roleName + "' is not one of STAFF," + " ADMINISTRATOR, EXPERT, HEAD");
            }
            parsed.put(key(pair.substring(0, eq)), role);
        }
        return parsed;
    }

    /** The group's name, lower case; for a distinguished name, its first component's value. */
    static String key(String group) {
        String name = group.trim();
        int eq = name.indexOf('=');
        int comma = name.indexOf(',');
        if (eq > 0 && comma > eq && name.substring(0, eq).matches("(?i)cn|ou")) {
            name = name.substring(eq + 1, comma);
        }
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
