package org.psoportal.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.projects.internal.ProjectForm;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ProjectServiceTest {

    @Autowired
    ProjectService projects;

    @Autowired
    PersonService people;

    private ProjectForm form(String code) {
        ProjectForm f = new ProjectForm();
        f.setCode(code);
        f.setName("Project " + code);
        f.setManagerId(people.activeWithRole(Role.STAFF).getFirst().id());
        return f;
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void createsClosesAndReopens() {
        String code = uniqueCode();
        ProjectRow created = projects.create(form(code.toLowerCase()));
        assertThat(created.code()).isEqualTo(code.toUpperCase());
        assertThat(projects.activeProjects()).anyMatch(p -> p.id() == created.id());

        projects.setStatus(created.id(), ProjectStatus.CLOSED);
        assertThat(projects.activeProjects()).noneMatch(p -> p.id() == created.id());
        assertThatThrownBy(() -> projects.requireActive(created.id()))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "project.notActive");

        projects.setStatus(created.id(), ProjectStatus.ACTIVE);
        assertThat(projects.requireActive(created.id()).code()).isEqualTo(created.code());
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void refusesDuplicateAndMalformedCodes() {
        String code = uniqueCode();
        projects.create(form(code));
        assertThatThrownBy(() -> projects.create(form(code)))
                .hasFieldOrPropertyWithValue("messageKey", "project.code.duplicate");
        assertThatThrownBy(() -> projects.create(form("has spaces inside")))
                .hasFieldOrPropertyWithValue("messageKey", "validation.failed");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffMayPickProjectsButNotAdministerThem() {
        assertThat(projects.activeProjects()).isNotEmpty();
        assertThatThrownBy(() -> projects.create(form(uniqueCode()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.setStatus(1L, ProjectStatus.CLOSED))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.list()).isInstanceOf(AccessDeniedException.class);
    }
}
