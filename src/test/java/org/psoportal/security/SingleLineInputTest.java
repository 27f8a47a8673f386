package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.shared.SafeText;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Single-line fields (titles, checklist items, topics, names, codes) are stored without line breaks, tabs or other
 * control characters: each becomes '_' ({@link SafeText#singleLine}); multi-line fields keep theirs.
 */
@IntegrationTest
class SingleLineInputTest {

    @Autowired
    TaskService tasks;

    @Autowired
    SecurityFixture fixture;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void controlCharactersInATaskTitleAndAChecklistItemAreReplacedButTheDescriptionKeepsItsLines() {
        long project = boardFixture.newProject();
        long task = fixture.as(DemoAccounts.ADMINISTRATOR, () -> {
            long id = tasks.create(new org.psoportal.admintasks.internal.TaskDraft(
                    "  Pay\tthe\r\ninvoice\u0000\u2028now \n",
                    "line one\nline two",
                    org.psoportal.admintasks.internal.TaskType.OTHER,
                    project,
                    null,
                    org.psoportal.admintasks.internal.Priority.NORMAL,
                    null));
            tasks.addChecklistItem(id, "step\u0007one\u0085");
            return id;
        });
        assertThat(jdbc.queryForObject("SELECT title FROM admin_task WHERE id = ?", String.class, task))
                .isEqualTo("Pay_the__invoice__now");
        assertThat(jdbc.queryForObject("SELECT description FROM admin_task WHERE id = ?", String.class, task))
                .isEqualTo("line one\nline two");
        assertThat(jdbc.queryForObject(
                        "SELECT label FROM admin_task_checklist_item WHERE task_id = ?", String.class, task))
                .isEqualTo("step_one_");
    }

    @Test
    void singleLineKeepsOrdinaryTextAndNull() {
        assertThat(SafeText.singleLine("Ürban café – 2026")).isEqualTo("Ürban café – 2026");
        assertThat(SafeText.singleLine(null)).isNull();
        assertThat(SafeText.singleLine("a\u2029b\u001bc")).isEqualTo("a_b_c");
    }
}
