package org.psoportal.largedata.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.psoportal.admintasks.internal.BoardPositions;

/**
 * Generates the large organisation deterministically (fixed seed; dates relative to "now") straight into the
 * tables with multi-row INSERTs, bypassing JPA. It keeps every invariant the services rely on:
 * <ul>
 * <li>positions are 0, 65,536, 131,072... (the board's sparse step) per board column among the cards that are not
 * archived;</li>
 * <li>open cards have neither completed_at nor archived_at; done cards have completed_at, archived once older than
 * 30 days; every card has a CREATED history row and one MOVED row per column change;</li>
 * <li>bookings lie inside the expert's working hours on the expert's slot grid, outside time off, never overlap
 * (with the expert's buffer) and never exceed the weekly capacity; future ones lie within the booking horizon and
 * were created at least the minimum notice before they start;</li>
 * <li>the four demo sign-ins (head@, admin@, expert@, staff@pso.example, password demo1234) exist.</li>
 * </ul>
 */
public final class LargeDataGenerator {

    public static final long SEED = 20261125L;

    static final int CAPACITY_HOURS = 30;
    static final int HORIZON_DAYS = 90;
    static final int BUFFER_MINUTES = 15;
    static final int SLOT_MINUTES = 15;
    static final int MIN_NOTICE_MINUTES = 120;
    static final int PAST_DAYS = 640;
    static final int ARCHIVE_AFTER_DAYS = 30;

    private static final String[] FIRST = {
        "Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jakob", "Karin", "Leon", "Maria",
        "Nils", "Olga", "Paul", "Queenie", "Rosa", "Simon", "Tina", "Uwe", "Vera", "Walter", "Xenia", "Yusuf", "Zara",
        "Amir", "Bea", "Carlos", "Dana", "Emil", "Farah", "Gustav", "Hana", "Igor", "Julia", "Kofi", "Lina", "Marco",
        "Nadia", "Oscar", "Petra", "Rahul", "Sara", "Tobias", "Ulla", "Viktor", "Wen", "Yara", "Zoltan"
    };
    private static final String[] LAST = {
        "Adler",
        "Berg",
        "Costa",
        "Dahl",
        "Eriksen",
        "Frank",
        "Gruber",
        "Hofer",
        "Ivanov",
        "Jansen",
        "Keller",
        "Lang",
        "Moreau",
        "Nowak",
        "Olsen",
        "Peters",
        "Quinn",
        "Richter",
        "Santos",
        "Tamm",
        "Ueda",
        "Vogel",
        "Wagner",
        "Xu",
        "Young",
        "Zimmer",
        "Alves",
        "Bauer",
        "Conti",
        "Duarte",
        "Engel",
        "Fuchs",
        "Garcia",
        "Horvat",
        "Ito",
        "Jovic",
        "Kowalski",
        "Larsen",
        "Meyer",
        "Nagy",
        "Ortiz",
        "Popescu",
        "Reyes",
        "Schulz",
        "Torres",
        "Urban",
        "Varga",
        "Weiss",
        "Yilmaz",
        "Ziegler",
        "Andersen",
        "Brunner",
        "Castro",
        "Dietrich",
        "Esposito",
        "Fischer",
        "Graf",
        "Hansen",
        "Iglesias",
        "Jung",
        "Kaiser",
        "Lehmann",
        "Marin",
        "Novak",
        "Otto",
        "Pavlov",
        "Rossi",
        "Sommer",
        "Thomsen",
        "Ulrich",
        "Vidal",
        "Winter",
        "Yamamoto",
        "Zeller",
        "Arnold",
        "Brandt",
        "Cruz",
        "Dumas",
        "Ebert",
        "Friedrich",
        "Gomez",
        "Haas",
        "Ilic",
        "Jakobsen",
        "Krause",
        "Lorenz",
        "Martens",
        "Nielsen",
        "Ott",
        "Pohl",
        "Ramos",
        "Stein",
        "Tanaka",
        "Unger",
        "Vasquez",
        "Wolf",
        "Yoon",
        "Zander",
        "Lind",
        "Moser"
    };
    private static final String[] SKILLS = {
        "CRM",
        "Salesforce",
        "Data migration",
        "Reporting",
        "Jira",
        "MS Project",
        "Agile coaching",
        "Branding",
        "Figma",
        "Presentations",
        "Power BI",
        "SQL",
        "Excel",
        "Survey analysis",
        "SAP",
        "ERP",
        "Finance",
        "User interviews",
        "Usability testing",
        "Azure",
        "APIs",
        "SharePoint",
        "Power Automate",
        "Python",
        "Tableau",
        "Contracts",
        "Procurement",
        "Risk management",
        "Translation",
        "Training"
    };
    private static final String[] TYPES = {"EXPENSES", "INVOICING", "DATA_ENTRY", "PAPERWORK", "REPORTING", "OTHER"};
    private static final String[] TYPE_TITLES = {
        "Expense claim", "Invoice run", "Timesheet entry", "Contract paperwork", "Monthly report", "Request"
    };
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "HIGH", "URGENT"};
    private static final String[] TOPICS = {
        "Kick-off", "Review", "Workshop", "Setup help", "Data check", "Coaching", "Design session", "Troubleshooting"
    };

    /** What was written, and how long it took. */
    public record Result(Map<String, Long> rows, Duration took) {
        public long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final LargeDataSize size;
    private final String passwordHash;
    private final Instant now;
    private final ZoneId zone;
    private final Random random = new Random(SEED);
    private final Map<String, Long> written = new LinkedHashMap<>();

    private final List<Long> administrators = new ArrayList<>();
    private final List<Long> experts = new ArrayList<>();
    private final List<Long> staff = new ArrayList<>();
    private final List<Long> activeProjects = new ArrayList<>();

    public LargeDataGenerator(LargeDataSize size, String passwordHash, Instant now, ZoneId zone) {
        this.size = size;
        this.passwordHash = passwordHash;
        this.now = now;
        this.zone = zone;
    }

    /** Writes into an empty schema (Liquibase applied) on this connection; restores its session settings after. */
    public Result generate(Connection c) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
            c.setAutoCommit(false);
            people(c);
            projects(c);
            experts(c);
            tasks(c);
            bookings(c);
            // The open columns hold thousands of cards: WIP limits meant for a small office would flag all of them.
            s.executeUpdate("UPDATE board_column_state SET wip_limit = NULL");
            c.commit();
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION foreign_key_checks = 1");
                s.execute("SET SESSION unique_checks = 1");
            }
            c.setAutoCommit(autoCommit);
        }
        return new Result(
                Collections.unmodifiableMap(new LinkedHashMap<>(written)),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void people(Connection c) throws SQLException {
        Instant created = now.minus(Duration.ofDays(PAST_DAYS + 30));
        try (BatchInsert person = new BatchInsert(
                        written,
                        c,
                        "person",
                        "id",
                        "full_name",
                        "email",
                        "password_hash",
                        "active",
                        "created_at",
                        "version");
                BatchInsert role = new BatchInsert(written, c, "person_role", "person_id", "role")) {
            String[][] demo = {
                {"Helena Hart", "head@pso.example", "HEAD"},
                {"Adam Archer", "admin@pso.example", "ADMINISTRATOR"},
                {"Erik Engel", "expert@pso.example", "EXPERT"},
                {"Sofia Sandberg", "staff@pso.example", "STAFF"}
            };
            for (int i = 0; i < demo.length; i++) {
                long id = i + 1;
                person.add(id, demo[i][0], demo[i][1], passwordHash, true, created, 0L);
                role.add(id, demo[i][2]);
                group(demo[i][2]).add(id);
            }
            for (long id = DEMO_SIGN_INS + 1; id <= size.people(); id++) {
                int n = (int) id;
                String roleName = roleOf(size, id);
                boolean active = isActive(size, id);
                person.add(
                        id,
                        FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length],
                        email(id),
                        passwordHash,
                        active,
                        created.plus(Duration.ofMinutes(n)),
                        0L);
                role.add(id, roleName);
                if (active) {
                    group(roleName).add(id);
                }
            }
        }
    }

    /** Ids 1-4 are the demo sign-ins (head@, admin@, expert@, staff@pso.example). */
    static final int DEMO_SIGN_INS = 4;

    /**
     * The role of generated person {@code id} (after the demo sign-ins): the administrators first, then the experts,
     * then the load-test heads, then staff. One rule for the generator and for the load test's accounts.
     */
    static String roleOf(LargeDataSize size, long id) {
        long n = id - DEMO_SIGN_INS;
        if (n <= size.administrators()) {
            return "ADMINISTRATOR";
        }
        n -= size.administrators();
        if (n <= size.experts()) {
            return "EXPERT";
        }
        n -= size.experts();
        return n <= size.loadTestHeads() ? "HEAD" : "STAFF";
    }

    /** Every 50th staff member has left (deactivated); everyone else may sign in. */
    static boolean isActive(LargeDataSize size, long id) {
        return !"STAFF".equals(roleOf(size, id)) || id % 50 != 0;
    }

    /** The sign-in of generated person {@code id}, e.g. {@code olga.berg.14@pso.example}. */
    public static String email(long id) {
        int n = (int) id;
        return (FIRST[n % FIRST.length] + "." + LAST[(n / FIRST.length) % LAST.length] + "." + id)
                        .toLowerCase(java.util.Locale.ROOT)
                + "@pso.example";
    }

    /**
     * The sign-ins of the active generated people with {@code role} (ADMINISTRATOR, EXPERT, HEAD, STAFF), in id
     * order, the demo sign-ins not included: the accounts the realistic load test signs in with, one per virtual
     * user (they exist only in the generated organisation; every one has the demo password).
     */
    public static List<String> accounts(LargeDataSize size, String role) {
        List<String> accounts = new ArrayList<>();
        for (long id = DEMO_SIGN_INS + 1; id <= size.people(); id++) {
            if (role.equals(roleOf(size, id)) && isActive(size, id)) {
                accounts.add(email(id));
            }
        }
        return accounts;
    }

    private List<Long> group(String role) {
        return switch (role) {
            case "ADMINISTRATOR" -> administrators;
            case "EXPERT" -> experts;
            case "HEAD" -> new ArrayList<>();
            default -> staff;
        };
    }

    private void projects(Connection c) throws SQLException {
        try (BatchInsert project = new BatchInsert(
                written, c, "project", "id", "code", "name", "manager_id", "status", "description", "version")) {
            for (long id = 1; id <= size.projects(); id++) {
                boolean closed = id % 20 == 0;
                project.add(
                        id,
                        String.format("PRJ-%04d", id),
                        "Project " + LAST[(int) id % LAST.length] + " " + id,
                        pick(staff),
                        closed ? "CLOSED" : "ACTIVE",
                        "Generated project " + id,
                        0L);
                if (!closed) {
                    activeProjects.add(id);
                }
            }
        }
    }

    // ---------------------------------------------------------------- experts

    /** Per expert: the working blocks per weekday (hour starts that fit), its skills and its days off. */
    private record Expert(long id, boolean split, boolean approval, List<String> skills, Set<LocalDate> off) {
        List<Integer> startHours() {
            return split ? List.of(9, 10, 11, 13, 14, 15, 16) : List.of(9, 10, 11, 12, 13, 14, 15, 16);
        }
    }

    private final List<Expert> expertData = new ArrayList<>();

    private void experts(Connection c) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstMonday = today.minusDays(PAST_DAYS).with(DayOfWeek.MONDAY);
        int weeks = (PAST_DAYS + HORIZON_DAYS) / 7;
        try (BatchInsert profile = new BatchInsert(
                        written,
                        c,
                        "expert_profile",
                        "person_id",
                        "headline",
                        "bio",
                        "weekly_capacity_hours",
                        "bookable",
                        "min_notice_minutes",
                        "horizon_days",
                        "buffer_minutes",
                        "slot_minutes",
                        "min_length_minutes",
                        "max_length_minutes",
                        "requires_approval",
                        "version");
                BatchInsert skill = new BatchInsert(written, c, "expert_skill", "expert_id", "skill");
                BatchInsert hours = new BatchInsert(
                        written, c, "expert_working_hours", "expert_id", "day_of_week", "start_time", "end_time");
                BatchInsert off = new BatchInsert(
                        written, c, "expert_time_off", "expert_id", "first_day", "last_day", "reason")) {
            int i = 0;
            for (long id : experts) {
                boolean split = i % 3 == 2;
                boolean approval = i % 5 == 4;
                List<String> skills = new ArrayList<>();
                while (skills.size() < 3 + i % 2) {
                    String s = pick(SKILLS);
                    if (!skills.contains(s)) {
                        skills.add(s);
                    }
                }
                profile.add(
                        id,
                        skills.getFirst() + " expert",
                        "Helps projects with " + String.join(", ", skills) + ".",
                        CAPACITY_HOURS,
                        true,
                        MIN_NOTICE_MINUTES,
                        HORIZON_DAYS,
                        BUFFER_MINUTES,
                        SLOT_MINUTES,
                        30,
                        120,
                        approval,
                        0L);
                for (String s : skills) {
                    skill.add(id, s);
                }
                for (int day = 1; day <= 5; day++) {
                    if (split) {
                        hours.add(id, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
                        hours.add(id, day, LocalTime.of(13, 0), LocalTime.of(17, 0));
                    } else {
                        hours.add(id, day, LocalTime.of(9, 0), LocalTime.of(17, 0));
                    }
                }
                // Four weeks off in the past; every tenth expert also one week coming up.
                Set<LocalDate> daysOff = new HashSet<>();
                Set<Integer> offWeeks = new HashSet<>();
                while (offWeeks.size() < 4) {
                    offWeeks.add(random.nextInt(PAST_DAYS / 7 - 1));
                }
                if (i % 10 == 0) {
                    offWeeks.add(weeks - 4);
                }
                for (int w : offWeeks.stream().sorted().toList()) {
                    LocalDate monday = firstMonday.plusWeeks(w);
                    off.add(id, monday, monday.plusDays(4), "Holiday");
                    for (int d = 0; d < 5; d++) {
                        daysOff.add(monday.plusDays(d));
                    }
                }
                expertData.add(new Expert(id, split, approval, List.copyOf(skills), daysOff));
                i++;
            }
        }
    }

    // ---------------------------------------------------------------- admin tasks

    private void tasks(Connection c) throws SQLException {
        int open = size.openTasks();
        int todo = open * 6 / 10;
        int inProgress = open / 4;
        Map<String, Integer> positions = new LinkedHashMap<>();
        Instant archiveBefore = now.minus(Duration.ofDays(ARCHIVE_AFTER_DAYS));
        long span = Duration.ofDays(PAST_DAYS + 90L).toSeconds();
        try (BatchInsert task = new BatchInsert(
                        written,
                        c,
                        "admin_task",
                        "id",
                        "title",
                        "description",
                        "task_type",
                        "project_id",
                        "requested_by_id",
                        "assignee_id",
                        "board_column",
                        "priority",
                        "due_date",
                        "position",
                        "created_at",
                        "updated_at",
                        "completed_at",
                        "archived_at",
                        "template_id",
                        "version");
                BatchInsert history = new BatchInsert(
                        written, c, "admin_task_history", "task_id", "actor_id", "at", "action", "detail")) {
            // Done cards first, oldest completion first, so the newest done cards get the highest ids.
            List<Instant> completions = new ArrayList<>();
            for (int i = 0; i < size.tasks() - open; i++) {
                completions.add(now.minusSeconds(1 + (long) (random.nextDouble() * span)));
            }
            Collections.sort(completions);
            long id = 1;
            for (Instant completed : completions) {
                Instant created = completed.minus(Duration.ofMinutes(30 + random.nextInt(20 * 24 * 60)));
                Instant archived = completed.isBefore(archiveBefore)
                        ? completed.plus(Duration.ofDays(14 + random.nextInt(14)))
                        : null;
                if (archived != null && archived.isAfter(now)) {
                    archived = now.minusSeconds(60);
                }
                Long assignee = pick(administrators);
                String column = "DONE";
                long position = archived == null ? sparse(positions.merge(column, 1, Integer::sum) - 1) : 0;
                card(task, history, id, column, position, assignee, created, completed, archived);
                id++;
            }
            for (int i = 0; i < open; i++) {
                String column = i < todo ? "TODO" : i < todo + inProgress ? "IN_PROGRESS" : "WAITING";
                Instant created = now.minus(Duration.ofMinutes(10 + random.nextInt(120 * 24 * 60)));
                Long assignee = "TODO".equals(column) && random.nextInt(3) == 0 ? null : pick(administrators);
                long position = sparse(positions.merge(column, 1, Integer::sum) - 1);
                card(task, history, id, column, position, assignee, created, null, null);
                id++;
            }
        }
    }

    /**
     * The board's sparse positions ({@link BoardPositions#STEP} apart), so that moves on the generated board write
     * one row.
     */
    private static long sparse(int index) {
        return index * BoardPositions.STEP;
    }

    private void card(
            BatchInsert task,
            BatchInsert history,
            long id,
            String column,
            long position,
            Long assignee,
            Instant created,
            Instant completed,
            Instant archived)
            throws SQLException {
        int type = random.nextInt(TYPES.length);
        boolean done = completed != null;
        long project = done ? 1 + random.nextInt(size.projects()) : pick(activeProjects);
        long requester = pick(staff);
        LocalDate due = random.nextInt(4) == 0
                ? null
                : LocalDate.ofInstant(created, zone).plusDays(3 + random.nextInt(28));
        Instant updated = archived != null ? archived : done ? completed : created;
        task.add(
                id,
                TYPE_TITLES[type] + " #" + id,
                random.nextInt(3) == 0 ? null : "Generated task " + id,
                TYPES[type],
                project,
                requester,
                assignee,
                column,
                pick(PRIORITIES),
                due,
                position,
                created,
                updated,
                completed,
                archived,
                null,
                0L);
        history.add(id, requester, created, "CREATED", "TODO");
        Long actor = assignee != null ? assignee : pick(administrators);
        if (!"TODO".equals(column)) {
            Instant started = done
                    ? created.plus(Duration.between(created, completed).dividedBy(3))
                    : created.plus(Duration.between(created, now).dividedBy(2));
            history.add(id, actor, started, "MOVED", "TODO>IN_PROGRESS");
            if ("WAITING".equals(column)) {
                history.add(id, actor, started.plusSeconds(60), "MOVED", "IN_PROGRESS>WAITING");
            }
        }
        if (done) {
            history.add(id, actor, completed, "MOVED", "IN_PROGRESS>DONE");
        }
        if (archived != null) {
            history.add(id, actor, archived, "ARCHIVED", "DONE");
        }
    }

    // ---------------------------------------------------------------- bookings

    private void bookings(Connection c) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(PAST_DAYS);
        LocalDate last = today.plusDays(HORIZON_DAYS - 1);
        int perExpert = size.bookings() / experts.size();
        int extra = size.bookings() % experts.size();
        long id = 1;
        try (BatchInsert booking = new BatchInsert(
                written,
                c,
                "booking",
                "id",
                "expert_id",
                "project_id",
                "booked_by_id",
                "start_at",
                "end_at",
                "topic",
                "notes",
                "skill",
                "status",
                "cancelled_by_id",
                "cancelled_at",
                "cancel_reason",
                "created_at",
                "version")) {
            for (int e = 0; e < expertData.size(); e++) {
                Expert x = expertData.get(e);
                int count = perExpert + (e < extra ? 1 : 0);
                List<LocalDate> past = new ArrayList<>();
                List<LocalDate> future = new ArrayList<>();
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5 && !x.off().contains(d)) {
                        (d.isBefore(today) ? past : future).add(d);
                    }
                }
                // The future is lightly booked (two a day), so there is room to book; the past holds the rest.
                int futureCount = Math.min(count, future.size() * 2);
                int pastCount = count - futureCount;
                int slotsPerDay = x.startHours().size();
                if (pastCount > past.size() * slotsPerDay) {
                    throw new IllegalStateException("Too many bookings for the days of expert " + x.id());
                }
                int[] perDay = new int[past.size()];
                for (int k = 0; k < pastCount; k++) {
                    perDay[k % past.size()]++;
                }
                // Spread the remainder randomly (a deterministic shuffle keeps the totals).
                for (int k = perDay.length - 1; k > 0; k--) {
                    int j = random.nextInt(k + 1);
                    int t = perDay[k];
                    perDay[k] = perDay[j];
                    perDay[j] = t;
                }
                for (int k = 0; k < past.size(); k++) {
                    id = day(booking, id, x, past.get(k), perDay[k], false);
                }
                int remaining = futureCount;
                for (LocalDate d : future) {
                    int n = Math.min(2, remaining);
                    id = day(booking, id, x, d, n, true);
                    remaining -= n;
                }
            }
        }
    }

    /**
     * {@code n} bookings on one day at distinct hour starts, 30 or 45 minutes long: with a 15-minute buffer and
     * whole-hour starts they never overlap, and eight of 45 minutes a day for five days are exactly the capacity.
     */
    private long day(BatchInsert booking, long id, Expert x, LocalDate day, int n, boolean future) throws SQLException {
        if (n == 0) {
            return id;
        }
        List<Integer> hours = new ArrayList<>(x.startHours());
        Collections.shuffle(hours, random);
        List<Integer> chosen = new ArrayList<>(hours.subList(0, n));
        Collections.sort(chosen);
        for (int hour : chosen) {
            Instant start = day.atTime(hour, 0).atZone(zone).toInstant();
            Instant end = start.plus(Duration.ofMinutes(random.nextBoolean() ? 30 : 45));
            long bookedBy = pick(staff);
            long project = pick(activeProjects);
            String skill = random.nextInt(3) == 0 ? null : pick(x.skills());
            Instant created;
            if (start.isAfter(now)) {
                long latest =
                        Math.min(now.getEpochSecond() - 60, start.getEpochSecond() - MIN_NOTICE_MINUTES * 60L - 60);
                long earliest = Math.max(
                        start.minus(Duration.ofDays(HORIZON_DAYS - 1)).getEpochSecond(),
                        now.minus(Duration.ofDays(30)).getEpochSecond());
                created =
                        Instant.ofEpochSecond(earliest + (long) (random.nextDouble() * Math.max(1, latest - earliest)));
            } else {
                created = start.minus(Duration.ofHours(3 + random.nextInt(30 * 24)));
            }
            String status = "CONFIRMED";
            Long cancelledBy = null;
            Instant cancelledAt = null;
            String reason = null;
            int roll = random.nextInt(100);
            if (x.approval() && future && roll < 40) {
                status = "REQUESTED";
            } else if (roll < 5) {
                status = "CANCELLED";
                cancelledBy = bookedBy;
                cancelledAt = created.plus(Duration.between(created, start).dividedBy(2));
                if (cancelledAt.isAfter(now)) {
                    cancelledAt = now.minusSeconds(30);
                }
                reason = "Plans changed";
            } else if (x.approval() && roll < 8) {
                status = "DECLINED";
                cancelledBy = x.id();
                cancelledAt = created.plusSeconds(3600);
                if (cancelledAt.isAfter(now)) {
                    cancelledAt = now.minusSeconds(30);
                }
                reason = "Not available";
            }
            booking.add(
                    id++,
                    x.id(),
                    project,
                    bookedBy,
                    start,
                    end,
                    pick(TOPICS) + (skill == null ? "" : " " + skill),
                    null,
                    skill,
                    status,
                    cancelledBy,
                    cancelledAt,
                    reason,
                    created,
                    0L);
        }
        return id;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
