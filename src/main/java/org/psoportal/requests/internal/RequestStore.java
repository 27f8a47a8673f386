package org.psoportal.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoportal.requests.TargetUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's SQL (its own tables only). Statements per call are fixed, whatever the number of tasks asked about. */
@Repository
public class RequestStore {

    private static final String TYPE = """
            SELECT t.id, t.name, t.description, t.task_type, t.assignee_rule, t.assignee_id, t.target_amount,
                   t.target_unit, t.checklist, t.active, t.display_order, t.version, f.id AS form_id, f.form_version,
                   f.fields
            FROM request_type t JOIN request_form f ON f.id = t.current_form_id
            """;

    private static final String REQUEST = """
            SELECT r.task_id, r.request_type_id, r.form_id, r.requested_by_id, r.answers, r.version, t.name AS type_name,
                   f.form_version, f.fields
            FROM request r JOIN request_type t ON t.id = r.request_type_id JOIN request_form f ON f.id = r.form_id
            """;

    private final JdbcClient jdbc;

    RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request as stored, with the form it was asked with. */
    public record StoredRequest(
            long taskId,
            long typeId,
            String typeName,
            long formId,
            int formVersion,
            FormDefinition form,
            long requestedById,
            Map<String, String> answers,
            long version) {}

    public List<RequestType> types(boolean activeOnly, String likePattern) {
        return jdbc.sql(TYPE + " WHERE (:all OR t.active) AND (:q IS NULL OR t.name LIKE :q OR t.description LIKE :q)"
                        + " ORDER BY t.display_order, t.name")
                .param("all", !activeOnly)
                .param("q", likePattern)
                .query(RequestStore::type)
                .list();
    }

    public Optional<RequestType> type(long id) {
        return jdbc.sql(TYPE + " WHERE t.id = :id")
                .param("id", id)
                .query(RequestStore::type)
                .optional();
    }

    public long insertType(RequestTypeDraft d, Instant now) {
        jdbc.sql("""
                        INSERT INTO request_type (name, description, task_type, assignee_rule, assignee_id, target_amount,
                            target_unit, checklist, active, display_order)
                        VALUES (:name, :description, :taskType, :rule, :assignee, :amount, :unit, :checklist, TRUE, :order)
                        """).params(typeParams(d)).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        newForm(id, d.form(), now);
        return id;
    }

    /** Updates the entry if its version is still {@code expectedVersion}; a new form version when the fields changed. */
    public boolean updateType(long id, long expectedVersion, RequestTypeDraft d, boolean formChanged, Instant now) {
        Map<String, Object> p = typeParams(d);
        p.put("id", id);
        p.put("v", expectedVersion);
        int n = jdbc.sql("""
                        UPDATE request_type SET name = :name, description = :description, task_type = :taskType,
                            assignee_rule = :rule, assignee_id = :assignee, target_amount = :amount,
                            target_unit = :unit, checklist = :checklist, display_order = :order, version = version + 1
                        WHERE id = :id AND version = :v
                        """).params(p).update();
        if (n == 1 && formChanged) {
            newForm(id, d.form(), now);
        }
        return n == 1;
    }

    private void newForm(long typeId, FormDefinition form, Instant now) {
        jdbc.sql("""
                        INSERT INTO request_form (request_type_id, form_version, fields, created_at)
                        SELECT :type, COALESCE(MAX(form_version), 0) + 1, :fields, :now
                        FROM request_form WHERE request_type_id = :type
                        """)
                .param("type", typeId)
                .param("fields", form.toJson())
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        UPDATE request_type SET current_form_id = (SELECT MAX(id) FROM request_form WHERE request_type_id = :type)
                        WHERE id = :type
                        """).param("type", typeId).update();
    }

    public boolean setActive(long id, long expectedVersion, boolean active) {
        return jdbc.sql("UPDATE request_type SET active = :a, version = version + 1 WHERE id = :id AND version = :v")
                        .param("a", active)
                        .param("id", id)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    public boolean adminsMayManage() {
        return jdbc.sql("SELECT admins_may_manage FROM request_settings WHERE id = 1")
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setAdminsMayManage(boolean allowed) {
        jdbc.sql("UPDATE request_settings SET admins_may_manage = :a, version = version + 1 WHERE id = 1")
                .param("a", allowed)
                .update();
    }

    public void insertRequest(
            long taskId,
            long typeId,
            long formId,
            long requestedBy,
            Map<String, String> answers,
            String text,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO request (task_id, request_type_id, form_id, requested_by_id, answers, answers_text,
                            filed_at, updated_at)
                        VALUES (:task, :type, :form, :by, :answers, :text, :now, :now)
                        """)
                .param("task", taskId)
                .param("type", typeId)
                .param("form", formId)
                .param("by", requestedBy)
                .param("answers", FormDefinition.answersToJson(answers))
                .param("text", text)
                .param("now", Timestamp.from(now))
                .update();
    }

    public boolean updateAnswers(
            long taskId, long expectedVersion, Map<String, String> answers, String text, Instant now) {
        return jdbc.sql("""
                                UPDATE request SET answers = :answers, answers_text = :text, updated_at = :now,
                                    version = version + 1
                                WHERE task_id = :task AND version = :v
                                """)
                        .param("answers", FormDefinition.answersToJson(answers))
                        .param("text", text)
                        .param("now", Timestamp.from(now))
                        .param("task", taskId)
                        .param("v", expectedVersion)
                        .update()
                == 1;
    }

    public Optional<StoredRequest> request(long taskId) {
        return jdbc.sql(REQUEST + " WHERE r.task_id = :task")
                .param("task", taskId)
                .query(RequestStore::request)
                .optional();
    }

    /** The requests among {@code taskIds} ({@code onlyRequester}: only theirs; null: all), one statement. */
    public List<StoredRequest> requests(Collection<Long> taskIds, Long onlyRequester) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REQUEST + " WHERE r.task_id IN (:ids) AND (:by IS NULL OR r.requested_by_id = :by)")
                .param("ids", taskIds)
                .param("by", onlyRequester)
                .query(RequestStore::request)
                .list();
    }

    public Map<Long, String> typeNames(Collection<Long> taskIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT r.task_id, t.name FROM request r JOIN request_type t ON t.id = r.request_type_id"
                        + " WHERE r.task_id IN (:ids)")
                .param("ids", taskIds)
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** The tasks whose answers contain the text (a LIKE pattern), {@code onlyRequester}'s only unless null. */
    public Set<Long> matching(String likePattern, Long onlyRequester) {
        return new HashSet<>(jdbc.sql("SELECT task_id FROM request WHERE answers_text LIKE :q"
                        + " AND (:by IS NULL OR requested_by_id = :by)")
                .param("q", likePattern)
                .param("by", onlyRequester)
                .query(Long.class)
                .list());
    }

    private static Map<String, Object> typeParams(RequestTypeDraft d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", d.name().strip());
        p.put(
                "description",
                d.description() == null || d.description().isBlank()
                        ? null
                        : d.description().strip());
        p.put("taskType", d.taskType());
        p.put("rule", d.assigneeRule().name());
        p.put("assignee", d.assigneeRule() == AssigneeRule.PERSON ? d.assigneeId() : null);
        p.put("amount", d.targetUnit() == null ? null : d.targetAmount());
        p.put(
                "unit",
                d.targetAmount() == null || d.targetUnit() == null
                        ? null
                        : d.targetUnit().name());
        List<String> items = d.checklistItems();
        p.put("checklist", items.isEmpty() ? null : String.join("\n", items));
        p.put("order", d.displayOrder());
        return p;
    }

    private static RequestType type(ResultSet rs, int row) throws SQLException {
        String checklist = rs.getString("checklist");
        String unit = rs.getString("target_unit");
        return new RequestType(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("task_type"),
                AssigneeRule.valueOf(rs.getString("assignee_rule")),
                (Long) rs.getObject("assignee_id", Long.class),
                (Integer) rs.getObject("target_amount", Integer.class),
                unit == null ? null : TargetUnit.valueOf(unit),
                checklist == null ? List.of() : Arrays.asList(checklist.split("\n")),
                rs.getBoolean("active"),
                rs.getInt("display_order"),
                rs.getLong("form_id"),
                rs.getInt("form_version"),
                FormDefinition.fromJson(rs.getString("fields")),
                rs.getLong("version"));
    }

    private static StoredRequest request(ResultSet rs, int row) throws SQLException {
        return new StoredRequest(
                rs.getLong("task_id"),
                rs.getLong("request_type_id"),
                rs.getString("type_name"),
                rs.getLong("form_id"),
                rs.getInt("form_version"),
                FormDefinition.fromJson(rs.getString("fields")),
                rs.getLong("requested_by_id"),
                FormDefinition.answersFromJson(rs.getString("answers")),
                rs.getLong("version"));
    }

    /** For LIKE: the text with its wildcards escaped, wrapped in %...%; null for no text. */
    public static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
