package org.psoportal.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.psoportal.audit.AuditObjectNames;
import org.psoportal.security.Access;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: for the head of the PSO only. The table grows without bound, so it is read one page at
 * a time, newest first, and never counted: the view scrolls on as long as pages come back full. Recording is not
 * a service method (nobody can write an entry through a view): {@link SecurityAudit} and {@link EntityAudit} do it.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class AuditTrailService {

    /** The most entries one call returns, whatever the caller asks for. */
    static final int MAX_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final Map<String, AuditObjectNames> namers;

    AuditTrailService(JdbcTemplate jdbc, ZoneId zone, List<AuditObjectNames> namers) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.namers = namers.stream().collect(Collectors.toMap(AuditObjectNames::objectType, n -> n));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        AuditFilter f = filter == null ? AuditFilter.NONE : filter;
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor_person_id, actor_label, category,"
                + " action, object_type, object_id, detail, remote_address FROM audit_event WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.from() != null) {
            sql.append(" AND occurred_at >= ?");
            args.add(utc(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            sql.append(" AND occurred_at < ?");
            args.add(utc(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.category() != null) {
            sql.append(" AND category = ?");
            args.add(f.category().name());
        }
        if (f.actor() != null) {
            sql.append(" AND actor_label LIKE ?");
            args.add(AuditFilter.like(f.actor()));
        }
        if (f.objectType() != null) {
            sql.append(" AND object_type = ?");
            args.add(f.objectType());
        }
        if (f.objectId() != null) {
            sql.append(" AND object_id = ?");
            args.add(f.objectId());
        }
        if (f.text() != null) {
            sql.append(" AND (detail LIKE ? OR action LIKE ? OR object_type LIKE ?)");
            String like = AuditFilter.like(f.text());
            args.add(like);
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?");
        args.add(Math.clamp(page.getPageSize(), 1, MAX_PAGE));
        args.add(page.getOffset());
        return named(jdbc.query(sql.toString(), (rs, n) -> entry(rs), args.toArray()));
    }

    /**
     * A changed reference to a person in a detail ("assigneeId: 5 → 12"): the trail stores the id, the head reads
     * the name ("assignee: Ada Lovelace → Bob Stone"; the trail's "-" for nobody becomes "–"; the id stays when the
     * person is gone).
     */
    private static final Pattern PERSON_CHANGE =
            Pattern.compile("\\b(assignee|manager|expert|bookedBy|requestedBy)Id: (\\d+|-) → (\\d+|-)");

    /** The page's objects named by their owners: one question per object type, not one per entry. */
    private List<AuditEntry> named(List<AuditEntry> entries) {
        return withPeopleNamed(objectsNamed(entries));
    }

    private List<AuditEntry> withPeopleNamed(List<AuditEntry> entries) {
        AuditObjectNames people = namers.get("person");
        Set<Long> ids = new HashSet<>();
        for (AuditEntry e : entries) {
            Matcher change = PERSON_CHANGE.matcher(e.detail() == null ? "" : e.detail());
            while (change.find()) {
                for (String id : List.of(change.group(2), change.group(3))) {
                    if (!id.equals("-")) {
                        ids.add(Long.parseLong(id));
                    }
                }
            }
        }
        if (ids.isEmpty() || people == null) {
            return entries;
        }
        Map<Long, String> names = people.names(ids);
        return entries.stream()
                .map(e -> {
                    if (e.detail() == null) {
                        return e;
                    }
                    Matcher change = PERSON_CHANGE.matcher(e.detail());
                    StringBuilder shown = new StringBuilder();
                    while (change.find()) {
                        change.appendReplacement(
                                shown,
                                Matcher.quoteReplacement(change.group(1) + ": " + name(names, change.group(2)) + " → "
                                        + name(names, change.group(3))));
                    }
                    change.appendTail(shown);
                    return e.withDetail(shown.toString());
                })
                .toList();
    }

    private static String name(Map<Long, String> names, String id) {
        return id.equals("-") ? "–" : names.getOrDefault(Long.parseLong(id), id);
    }

    private List<AuditEntry> objectsNamed(List<AuditEntry> entries) {
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.objectId() != null && namers.containsKey(e.objectType())) {
                idsByType.computeIfAbsent(e.objectType(), t -> new HashSet<>()).add(e.objectId());
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        idsByType.forEach((type, ids) -> names.put(type, namers.get(type).names(ids)));
        return entries.stream()
                .map(e -> {
                    Map<Long, String> ofType = e.objectId() == null ? null : names.get(e.objectType());
                    String name = ofType == null ? null : ofType.get(e.objectId());
                    return name == null ? e : e.named(name);
                })
                .toList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long actorId = rs.getLong("actor_person_id");
        Long actor = rs.wasNull() ? null : actorId;
        long objectId = rs.getLong("object_id");
        Long object = rs.wasNull() ? null : objectId;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                actor,
                rs.getString("actor_label"),
                AuditCategory.valueOf(rs.getString("category")),
                rs.getString("action"),
                rs.getString("object_type"),
                object,
                rs.getString("detail"),
                rs.getString("remote_address"));
    }
}
