package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupRoleMappingTest {

    private final GroupRoleMapping defaults = new GroupRoleMapping(GroupRoleMapping.DEFAULT);

    @Test
    void groupsGiveTheirRolesAndEveryoneElseIsStaff() {
        assertThat(defaults.rolesFor(List.of("PSO-Heads"))).containsExactly(Role.HEAD);
        assertThat(defaults.rolesFor(List.of("pso-admins", "PSO-Experts", "Finance")))
                .containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.EXPERT);
        assertThat(defaults.rolesFor(List.of("Finance", "Everyone"))).containsExactly(Role.STAFF);
        assertThat(defaults.rolesFor(Set.of())).containsExactly(Role.STAFF);
    }

    @Test
    void anLdapGroupMatchesByItsCommonName() {
        assertThat(defaults.rolesFor(List.of("cn=PSO-Heads,ou=groups,dc=example,dc=org")))
                .containsExactly(Role.HEAD);
        assertThat(defaults.rolesFor(List.of("cn=PSO-Heads-Archive,ou=groups,dc=example,dc=org")))
                .containsExactly(Role.STAFF);
    }

    @Test
    void aMistakeInTheSettingIsRefusedAtStartWithTheBadPairNamed() {
        assertThat(new GroupRoleMapping(" Office Leads = head , ").rolesFor(List.of("office leads")))
                .containsExactly(Role.HEAD);
        assertThatThrownBy(() -> new GroupRoleMapping("PSO-Heads"))
                .hasMessageContaining("'PSO-Heads' is not group=ROLE");
        assertThatThrownBy(() -> new GroupRoleMapping("PSO-Heads=BOSS")).hasMessageContaining("'BOSS' is not one of");
    }
}
