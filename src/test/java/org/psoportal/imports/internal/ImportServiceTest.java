package org.psoportal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.imports.internal.ImportRow.Outcome;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class ImportServiceTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    /** A unique domain per test, so rows of other tests never count. */
    private final String domain = "imp-" + UUID.randomUUID().toString().substring(0, 8) + ".example";

    private byte[] people(String... rows) {
        return ("email,name,department,roles\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private List<Outcome> outcomes(ImportPreview p) {
        return p.rows().stream().map(ImportRow::outcome).toList();
    }

    private int peopleInDomain() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE email LIKE ?", Integer.class, "%@" + domain);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void previewChangesNothingApplyDoesAndReimportingChangesNothing() {
        byte[] file = people(
                "ann@" + domain + ",Ann Archer,Finance,STAFF",
                "bob@" + domain + ",Bob Baker,,STAFF;EXPERT",
                "not-an-email,Nobody,,STAFF",
                "ANN@" + domain + ",Ann Again,,STAFF",
                "cy@" + domain + ",Cy,,JANITOR");

        ImportPreview preview = imports.preview(ImportKind.PEOPLE, "people.csv", file);

        assertThat(outcomes(preview))
                .containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(preview.rows().get(2).reasonKey()).isEqualTo("import.row.badEmail");
        assertThat(preview.rows().get(2).reasonArgs()).containsExactly("email", "not-an-email");
        assertThat(preview.rows().get(3).reasonKey()).isEqualTo("import.row.duplicate");
        assertThat(preview.rows().get(3).reasonArgs()).containsExactly("email", "ANN@" + domain, 2L);
        assertThat(preview.rows().get(4).reasonKey()).isEqualTo("import.row.badValue.roles");
        assertThat(peopleInDomain()).isZero();

        List<Integer> progress = new ArrayList<>();
        ImportPreview done = imports.apply(preview, (n, total) -> progress.add(n));

        assertThat(outcomes(done))
                .containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(progress).containsExactly(1, 2);
        assertThat(peopleInDomain()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT department FROM person WHERE email = ?", String.class, "ann@" + domain))
                .isEqualTo("Finance");
        assertThat(jdbc.queryForList(
                        "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ?"
                                + " ORDER BY r.role",
                        String.class,
                        "bob@" + domain))
                .containsExactly("EXPERT", "STAFF");
        // every change is in the audit trail, by the head
        Integer audited = jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event a JOIN person p ON a.object_id = p.id"
                        + " WHERE p.email LIKE ? AND a.actor_label = ? AND a.category <> 'ACCESS_REFUSED'",
                Integer.class,
                "%@" + domain,
                DemoAccounts.HEAD);
        assertThat(audited).isGreaterThanOrEqualTo(2);

        ImportPreview again = imports.preview(ImportKind.PEOPLE, "people.csv", file);
        assertThat(outcomes(again))
                .containsExactly(
                        Outcome.UNCHANGED, Outcome.UNCHANGED, Outcome.REFUSED, Outcome.REFUSED, Outcome.REFUSED);
        long auditBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
        imports.apply(again, null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class))
                .isEqualTo(auditBefore);

        ImportPreview changed =
                imports.preview(ImportKind.PEOPLE, "p.csv", people("ann@" + domain + ",Ann Archer,Legal,STAFF"));
        assertThat(outcomes(changed)).containsExactly(Outcome.UPDATE);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void importedPeopleHaveNoUsablePasswordAndFormulasAreStoredAsTheTextTheyAre() {
        imports.apply(
                imports.preview(
                        ImportKind.PEOPLE,
                        "people.csv",
                        people("f@" + domain + ",\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@SUM(1),STAFF")),
                null);

        assertThat(jdbc.queryForMap("SELECT full_name, department FROM person WHERE email = ?", "f@" + domain))
                .containsEntry("full_name", "=HYPERLINK(\"http://x\",\"y\")")
                .containsEntry("department", "@SUM(1)");
        String hash =
                jdbc.queryForObject("SELECT password_hash FROM person WHERE email = ?", String.class, "f@" + domain);
        assertThat(hash).startsWith("$2");
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aRowFailingInTheMiddleLeavesNothingBehindAndTheOthersAreImported() {
        String code1 = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
        String code3 = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = "manager@" + domain;
        imports.apply(imports.preview(ImportKind.PEOPLE, "m.csv", people(manager + ",Mia Manager,,STAFF")), null);
        byte[] projects = ("code,name,manager_email,status,description\n"
                        + code1 + ",First," + manager + ",,\n"
                        + "IMP-MIDDLE,Middle," + manager + ",,\n"
                        + code3 + ",Third," + manager + ",CLOSED,Closed one\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview preview = imports.preview(ImportKind.PROJECTS, "projects.csv", projects);
        assertThat(outcomes(preview)).containsExactly(Outcome.CREATE, Outcome.CREATE, Outcome.CREATE);

        // between preview and import the middle row's manager is renamed away: that row now fails on its own
        jdbc.update("UPDATE person SET email = ? WHERE email = ?", "gone@" + domain, manager);
        jdbc.update(
                "INSERT INTO person (full_name, email, password_hash, active, created_at, version)"
                        + " SELECT 'Mia Manager', ?, password_hash, 1, NOW(), 0 FROM person WHERE email = ?",
                "other@" + domain,
                "gone@" + domain);
        ImportPreview rows = new ImportPreview(
                preview.kind(),
                preview.fileName(),
                List.of(
                        withManager(preview.rows().get(0), "gone@" + domain),
                        withManager(preview.rows().get(1), "nobody@" + domain),
                        withManager(preview.rows().get(2), "gone@" + domain)));

        ImportPreview done = imports.apply(rows, null);

        assertThat(outcomes(done)).containsExactly(Outcome.CREATE, Outcome.REFUSED, Outcome.CREATE);
        assertThat(done.rows().get(1).reasonKey()).isEqualTo("project.manager.unknown");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project WHERE code = 'IMP-MIDDLE'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM project WHERE code = ?", String.class, code3))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT status FROM project WHERE code = ?", String.class, code1))
                .isEqualTo("ACTIVE");
    }

    private static ImportRow withManager(ImportRow row, String email) {
        var values = new java.util.LinkedHashMap<>(row.values());
        values.put("manager_email", email);
        return new ImportRow(row.line(), values, row.outcome(), null, new Object[0]);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void projectsAndExpertProfilesNameWhatIsWrong() {
        byte[] projects = ("code,name,manager_email\n"
                        + "IMP-X1,Unknown manager,nobody@" + domain + "\n"
                        + "IMP-X2,Fine," + DemoAccounts.HEAD + "\n"
                        + "imp-x2,Same code other case," + DemoAccounts.HEAD + "\n"
                        + "IMP-X3,\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview p = imports.preview(ImportKind.PROJECTS, "projects.csv", projects);
        assertThat(p.rows())
                .extracting(ImportRow::reasonKey)
                .containsExactly("project.manager.unknown", null, "import.row.duplicate", "import.row.missing");

        String expert = "ex@" + domain;
        imports.apply(imports.preview(ImportKind.PEOPLE, "e.csv", people(expert + ",Eve Expert,,EXPERT")), null);
        byte[] profiles = ("email,headline,skills,weekly_capacity_hours\n"
                        + expert + ",CRM tool expert,CRM; Reporting,12\n"
                        + DemoAccounts.STAFF + ",Not an expert,,\n"
                        + "x@" + domain + ",Too many,,99\n")
                .getBytes(StandardCharsets.UTF_8);
        ImportPreview e = imports.preview(ImportKind.EXPERT_PROFILES, "experts.csv", profiles);
        assertThat(outcomes(e)).containsExactly(Outcome.CREATE, Outcome.REFUSED, Outcome.REFUSED);
        assertThat(e.rows().get(1).reasonKey()).isEqualTo("expert.import.notAnExpert");
        assertThat(e.rows().get(2).reasonKey()).isEqualTo("import.row.badValue.weekly_capacity_hours");
        imports.apply(e, null);
        assertThat(jdbc.queryForList(
                        "SELECT s.skill FROM expert_skill s JOIN person p ON p.id = s.expert_id WHERE p.email = ?"
                                + " ORDER BY s.skill",
                        String.class,
                        expert))
                .containsExactly("CRM", "Reporting");
        assertThat(outcomes(imports.preview(ImportKind.EXPERT_PROFILES, "experts.csv", profiles)))
                .containsExactly(Outcome.UNCHANGED, Outcome.REFUSED, Outcome.REFUSED);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aFileWithAnUnknownColumnIsRefusedAsAWhole() {
        assertThatThrownBy(() -> imports.preview(
                        ImportKind.PEOPLE,
                        "p.csv",
                        "email,name,roles,password\na@b.example,A,STAFF,x\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("import.file.unknownColumn");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffMayNotImport() {
        assertThatThrownBy(() -> imports.preview(ImportKind.PEOPLE, "p.csv", people("a@" + domain + ",A,,HEAD")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(peopleInDomain()).isZero();
    }
}
