package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The directory's settings and entries without a server: which DNs are this directory's (the sync deactivates only
 * those), what makes an entry unusable, and that an entry's groups give the roles of {@link GroupRoleMapping}.
 */
class DirectoryTest {

    private static Directory directory(String url, String base) {
        return new Directory(
                url,
                base,
                "",
                "",
                "(mail={0})",
                "(objectClass=inetOrgPerson)",
                "mail",
                "cn",
                "departmentNumber",
                "memberOf",
                "",
                "(member={0})",
                Duration.ofSeconds(5));
    }

    @Test
    void withoutAUrlNothingIsConfiguredAndNoDnIsTheDirectorys() {
        Directory off = directory("", "");
        assertThat(off.configured()).isFalse();
        assertThat(off.holds("uid=a,ou=people,dc=example,dc=org")).isFalse();
    }

    @Test
    void onlyDnsUnderTheBaseAreTheDirectorysWhateverTheirSpacingAndCase() {
        Directory on = directory("ldaps://ldap.example.org", "dc=example,dc=org");
        assertThat(on.configured()).isTrue();
        assertThat(on.holds("uid=a,ou=people,dc=example,dc=org")).isTrue();
        assertThat(on.holds("UID=a, OU=People, DC=Example, DC=Org")).isTrue();
        assertThat(on.holds("uid=a,ou=people,dc=other,dc=org")).isFalse();
        assertThat(on.holds("00u1abcd")).as("an OIDC subject").isFalse();
        assertThat(on.holds(null)).isFalse();
    }

    @Test
    void aUrlThatIsNotLdapOrAMissingBaseIsRefusedAtStart() {
        assertThatThrownBy(() -> directory("http://ldap.example.org", "dc=example,dc=org"))
                .hasMessageContaining("PSO_LDAP_URL");
        assertThatThrownBy(() -> directory("ldap://ldap.example.org", "")).hasMessageContaining("PSO_LDAP_BASE");
    }

    @Test
    void anEntryWithoutAnEmailCannotBecomeAPerson() {
        assertThat(new DirectoryEntry("uid=a,dc=x", null, "A", null, Set.of()).problem())
                .isEqualTo("no e-mail address");
        assertThat(new DirectoryEntry("uid=a,dc=x", "not-an-address", "A", null, Set.of()).problem())
                .isNotNull();
        assertThat(new DirectoryEntry("uid=a,dc=x", "a@x.example", "A", null, Set.of()).problem())
                .isNull();
    }

    @Test
    void anEntrysGroupsGiveTheMappedRolesAndNoGroupMeansStaff() {
        GroupRoleMapping mapping = new GroupRoleMapping(GroupRoleMapping.DEFAULT);
        DirectoryEntry expert = new DirectoryEntry(
                "uid=e,dc=x",
                "e@x.example",
                "E",
                "Research",
                Set.of("cn=PSO-Experts,ou=groups,dc=x", "cn=Choir,ou=groups,dc=x"));
        ExternalIdentity identity = expert.identity();

        assertThat(identity.source()).isEqualTo(ExternalIdentity.Source.LDAP);
        assertThat(identity.subject()).isEqualTo("uid=e,dc=x");
        assertThat(mapping.rolesFor(identity.groups())).containsExactly(Role.EXPERT);
        assertThat(mapping.rolesFor(new DirectoryEntry("uid=s,dc=x", "s@x.example", "S", null, Set.of())
                        .identity()
                        .groups()))
                .containsExactly(Role.STAFF);
    }
}
