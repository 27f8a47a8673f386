package org.psoportal.largedata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.ui.BoardView;
import org.psoportal.booking.BookingFigureQueries;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.dashboard.internal.DashboardFilter;
import org.psoportal.dashboard.internal.DashboardPeriod;
import org.psoportal.dashboard.internal.DashboardService;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.dashboard.internal.SharedOfficeFiguresForTests;
import org.psoportal.dashboard.internal.Utilisation;
import org.psoportal.experts.ExpertCapacityQueries;
import org.psoportal.shared.db.SqlParams;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance benchmark over the large generated organisation: {@code ./mvnw -Pbench verify}. It prints figures
 * and writes target/bench/report.md; the only assertions are sanity checks that the measured work really happened
 * (figures are not timed assertions). See docs/performance.md.
 *
 * <p>The normal {@code ./mvnw verify} runs it as a smoke run in a JVM of its own (pom.xml, execution
 * {@code bench-smoke}): system property {@code pso.large-data.size=tiny}, a tiny organisation, few iterations,
 * report in target/bench-smoke/report.md. It only proves that the benchmark code still runs and reports every row.
 * Both need the throw-away embedded database, so neither runs against an external one ({@code PSO_DB_URL}).
 */
@SpringBootTest(properties = {"pso.demo-data=large", "spring.datasource.hikari.maximum-pool-size=24"})
@ActiveProfiles("test")
@Import(LargeOrganisationBench.RecordSql.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledIfEnvironmentVariable(
        named = "PSO_DB_URL",
        matches = ".+",
        disabledReason = "generates its organisation into a throw-away embedded database")
class LargeOrganisationBench extends SpringBrowserlessTest {

    /** Set by the bench-smoke execution (surefire system property); read by LargeOrganisation too. */
    private static final LargeDataSize SIZE = LargeDataSize.named(System.getProperty("pso.large-data.size", "large"));

    private static final boolean SMOKE = SIZE != LargeDataSize.LARGE;

    private static final int WARMUP = SMOKE ? 1 : 5;
    private static final int RUNS = SMOKE ? 2 : 15;
    private static final int DASHBOARD_WARMUP = SMOKE ? 1 : 3;
    private static final int DASHBOARD_RUNS = SMOKE ? 1 : 7;
    private static final int THREADS = 8;
    /** Cards of the board's large fixture project (compared with 10). */
    private static final int MANY_CARDS = SMOKE ? 100 : 500;

    private static final int BOOKINGS_PER_THREAD = SMOKE ? 3 : 25;
    /** Each booking measurement (checked, floor, plain) runs this often, alternating; the best rate counts. */
    private static final int BOOKING_ROUNDS = SMOKE ? 1 : 3;

    private static final Path REPORT_FILE = Path.of("target", SMOKE ? "bench-smoke" : "bench", "report.md");
    /** The areas and figures every run must report (the smoke run fails without them). */
    private static final List<String> EXPECTED_AREAS =
            List.of("Dataset", "Dashboard", "Utilisation", "Board", "Directory", "Calendar", "Booking");

    private static final Report REPORT = new Report();
    private static DataSource raw;

    /** Wraps the data source so the benchmark can count and replay the SQL a service call executes. */
    @TestConfiguration
    static class RecordSql {
        @Bean
        static BeanPostProcessor recordingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())) {
                        raw = ds;
                        return SqlRecorder.wrap(ds);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired
    LargeOrganisation organisation;

    @Autowired
    DashboardService dashboard;

    @Autowired
    ApplicationContext context;

    @Autowired
    BoardService board;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFigureQueries bookingFigures;

    @Autowired
    ExpertCapacityQueries capacity;

    @Autowired
    org.psoportal.experts.ExpertService experts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ZoneId zone;

    @Test
    @Order(0)
    void dataset() throws SQLException {
        LargeDataGenerator.Result result = organisation.lastResult();
        assertThat(result).as("the large organisation was generated at start").isNotNull();
        REPORT.figure(
                "Dataset",
                "rows generated (JDBC multi-row INSERT)",
                String.format(Locale.ROOT, "%,d", result.total()),
                "-",
                "");
        REPORT.figure(
                "Dataset",
                "generation time",
                seconds(result.took()),
                "a few minutes",
                yes(result.took().toMinutes() < 5));
        REPORT.note("Rows per table: " + result.rows());
        assertThat(organisation.size()).as("size of the generated organisation").isEqualTo(SIZE);
        assertThat(count("SELECT COUNT(*) FROM booking")).isEqualTo(SIZE.bookings());
    }

    // ------------------------------------------------------------------ 1. dashboard

    @Test
    @Order(1)
    @WithUserDetails(DemoAccounts.HEAD)
    void dashboardVersusPlainJdbc() throws SQLException {
        var filter =
                new DashboardFilter(DashboardPeriod.of(DashboardPeriod.Kind.THIS_QUARTER, dashboard.today()), null);
        // the figures are shared once computed (SharedOfficeFigures): forget them to measure the computation
        SharedOfficeFiguresForTests.forget(context);
        List<SqlRecorder.Executed> sql = SqlRecorder.record(() -> dashboard.office(filter));
        assertThat(sql).isNotEmpty();
        List<Long> service = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        try (Connection c = raw.getConnection()) {
            for (int i = 0; i < DASHBOARD_WARMUP + DASHBOARD_RUNS; i++) {
                SharedOfficeFiguresForTests.forget(context);
                long t0 = System.nanoTime();
                dashboard.office(filter);
                long t1 = System.nanoTime();
                SqlRecorder.replay(c, sql);
                long t2 = System.nanoTime();
                if (i >= DASHBOARD_WARMUP) {
                    service.add(t1 - t0);
                    plain.add(t2 - t1);
                }
            }
        }
        double ratio = (double) median(service) / median(plain);
        REPORT.figure(
                "Dashboard",
                "office figures, this quarter, via DashboardService (median)",
                ms(median(service)),
                "-",
                "");
        REPORT.figure(
                "Dashboard",
                "the same " + sql.size() + " SQL statements via plain JDBC (median)",
                ms(median(plain)),
                "-",
                "");
        REPORT.figure("Dashboard", "ratio service / plain JDBC", ratio(ratio), "<= 1.5", yes(ratio <= 1.5));
        long shared = median(() -> dashboard.office(filter));
        REPORT.figure(
                "Dashboard",
                "the same figures again, shared by every dashboard with that filter (median)",
                ms(shared),
                "-",
                "");
        REPORT.note("Slowest dashboard statements (plain JDBC, one run each):");
        try (Connection c = raw.getConnection()) {
            List<String> slow = new ArrayList<>();
            for (SqlRecorder.Executed e : sql) {
                long t0 = System.nanoTime();
                SqlRecorder.replay(c, List.of(e));
                slow.add(String.format(
                        Locale.ROOT, "%08.1f ms  %s", (System.nanoTime() - t0) / 1e6, oneLine(e.sql(), 110)));
            }
            slow.sort(Collections.reverseOrder());
            slow.stream().limit(5).forEach(s -> REPORT.note("    " + s.replaceFirst("^0+(?=\\d)", "")));
        }
    }

    /**
     * Utilisation is composed from each module's own figures: experts publish available hours per week, booking
     * publishes booked hours, the dashboard merges them. This compares that with one statement joining the bookings
     * with the experts' tables (the only way to save a statement, and it would name another module's tables) on the
     * same weeks, and checks both give the same figures, so the report shows what keeping to one's tables costs.
     */
    @Test
    @Order(1)
    @WithUserDetails(DemoAccounts.HEAD)
    void utilisationComposedVersusOneJoin() {
        LocalDate monday = dashboard.today().with(DayOfWeek.MONDAY);
        List<LocalDateTime> weeks = new ArrayList<>();
        for (int i = 0; i <= OfficeDashboard.UTILISATION_WEEKS; i++) {
            weeks.add(SqlParams.utcStartOf(monday.plusWeeks(i), zone));
        }
        OneJoinUtilisation oneJoin = new OneJoinUtilisation(raw);
        Supplier<List<Utilisation>> composed = () -> Utilisation.of(
                capacity.availablePerWeek(monday, weeks), bookingFigures.bookedHoursPerExpertAndWeek(monday, weeks));

        List<Utilisation> rows = composed.get();
        assertThat(oneJoin.utilisation(monday, weeks))
                .as("the one join gives the composed figures")
                .isEqualTo(rows);
        List<SqlRecorder.Executed> sql = SqlRecorder.record(composed::get);

        long split = median(composed::get);
        long expertsSide = median(() -> capacity.availablePerWeek(monday, weeks));
        long bookingSide = median(() -> bookingFigures.bookedHoursPerExpertAndWeek(monday, weeks));
        long join = median(() -> oneJoin.utilisation(monday, weeks));
        REPORT.figure(
                "Utilisation",
                "composed from experts' available and booking's booked hours, " + rows.size() + " expert-weeks, "
                        + sql.size() + " statements (median)",
                ms(split),
                "-",
                "");
        REPORT.figure(
                "Utilisation", "of which ExpertCapacityQueries.availablePerWeek (median)", ms(expertsSide), "-", "");
        REPORT.figure(
                "Utilisation",
                "of which BookingFigureQueries.bookedHoursPerExpertAndWeek (median)",
                ms(bookingSide),
                "-",
                "");
        REPORT.figure(
                "Utilisation",
                "the same figures in one statement joining both modules' tables (median)",
                ms(join),
                "-",
                "");
        double ratio = (double) join / split;
        REPORT.figure(
                "Utilisation",
                "one join / composed",
                ratio(ratio),
                "a join only if clearly faster",
                ratio < 0.8 ? "join faster" : "composed");
    }

    // ------------------------------------------------------------------ 2. board

    @Test
    @Order(2)
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void boardStatementsAndTime() throws SQLException {
        long small = fixtureProject("BENCH-10", 10);
        long large = fixtureProject("BENCH-" + MANY_CARDS, MANY_CARDS);
        BoardFilter filter10 = BoardFilter.NONE.withProject(small);
        BoardFilter filter500 = BoardFilter.NONE.withProject(large);
        int cards10 = board.board(filter10).cards().values().stream()
                .mapToInt(List::size)
                .sum();
        int cards500 = board.board(filter500).cards().values().stream()
                .mapToInt(List::size)
                .sum();
        assertThat(cards10).isEqualTo(10);
        assertThat(cards500).isEqualTo(MANY_CARDS);
        int statements10 = SqlRecorder.record(() -> board.board(filter10)).size();
        int statements500 = SqlRecorder.record(() -> board.board(filter500)).size();
        REPORT.figure("Board", "SQL statements, BoardService.board, 10 cards", String.valueOf(statements10), "-", "");
        REPORT.figure(
                "Board",
                "SQL statements, BoardService.board, " + MANY_CARDS + " cards",
                String.valueOf(statements500),
                "same as 10",
                yes(statements10 == statements500));
        int view10 = SqlRecorder.record(() -> openBoard(small)).size();
        int view500 = SqlRecorder.record(() -> openBoard(large)).size();
        REPORT.figure("Board", "SQL statements, opening the board view, 10 cards", String.valueOf(view10), "-", "");
        REPORT.figure(
                "Board",
                "SQL statements, opening the board view, " + MANY_CARDS + " cards",
                String.valueOf(view500),
                "same as 10",
                yes(view10 == view500));
        long service = median(() -> board.board(filter500));
        long view = median(() -> openBoard(large));
        REPORT.figure(
                "Board", "server time, BoardService.board, " + MANY_CARDS + " cards (median)", ms(service), "-", "");
        REPORT.figure(
                "Board",
                "server time, board view built with " + MANY_CARDS + " cards (median, browserless)",
                ms(view),
                "-",
                "");

        // A move writes the moved card's row whatever the column holds (sparse positions; it used to renumber the
        // whole column of the organisation, one UPDATE per card).
        java.util.Iterator<TaskCard> toMove =
                board.board(filter500).cards(BoardColumn.TODO).iterator();
        long inProgress = count(
                "SELECT COUNT(*) FROM admin_task WHERE board_column = 'IN_PROGRESS'" + " AND archived_at IS NULL");
        int moveStatements = SqlRecorder.record(() -> moveToEnd(toMove.next())).size();
        REPORT.figure(
                "Board",
                "SQL statements, one card move to the end of a column of " + inProgress + " cards",
                String.valueOf(moveStatements),
                "not per card",
                yes(moveStatements < 20));
        long move = median(() -> moveToEnd(toMove.next()));
        REPORT.figure("Board", "server time, one card move (median)", ms(move), "-", "");
    }

    private void moveToEnd(TaskCard card) {
        board.move(card.id(), card.version(), BoardPlace.end(BoardColumn.IN_PROGRESS), true);
    }

    private static BoardView openBoard(long project) {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        BoardView.class, com.vaadin.flow.router.QueryParameters.of("project", String.valueOf(project)))
                .orElseThrow();
    }

    /** A project of our own with {@code cards} open cards appended at the end of the To-do column. */
    private long fixtureProject(String code, int cards) throws SQLException {
        try (Connection c = raw.getConnection()) {
            long project;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO project (code, name, manager_id, status, version)" + " VALUES (?, ?, 1, 'ACTIVE', 0)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, code);
                ps.setString(2, "Benchmark " + code);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    project = keys.getLong(1);
                }
            }
            long next = count("SELECT COALESCE(MAX(position) + 65536, 0) FROM admin_task WHERE board_column = 'TODO'"
                    + " AND archived_at IS NULL");
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO admin_task (title, task_type, project_id,"
                    + " requested_by_id, assignee_id, board_column, priority, due_date, position, created_at,"
                    + " updated_at, version) VALUES (?, 'OTHER', ?, 4, 2, 'TODO', 'NORMAL', ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < cards; i++) {
                    ps.setString(1, "Benchmark card " + i);
                    ps.setLong(2, project);
                    ps.setObject(3, LocalDate.now().plusDays(i % 20));
                    ps.setLong(4, next + i * 65536L); // the board's sparse positions
                    ps.setObject(5, now);
                    ps.setObject(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return project;
        }
    }

    // ------------------------------------------------------------------ 3. calendar

    @Test
    @Order(3)
    @WithUserDetails(DemoAccounts.HEAD)
    void expertWeek() throws SQLException {
        long expert = count("SELECT id FROM person WHERE email = '" + DemoAccounts.EXPERT + "'");
        LocalDate day = dashboard.today().minusWeeks(12);
        List<SqlRecorder.Executed> sql = SqlRecorder.record(() -> bookings.week(expert, day));
        int blocks = bookings.week(expert, day).blocks().size();
        long time = median(() -> bookings.week(expert, day));
        REPORT.figure(
                "Calendar",
                "one expert's week (" + blocks + " bookings) among "
                        + String.format(Locale.ROOT, "%,d", SIZE.bookings()) + ", BookingService.week (median)",
                ms(time),
                "-",
                "");
        REPORT.figure("Calendar", "SQL statements for the week", String.valueOf(sql.size()), "-", "");
        SqlRecorder.Executed query = sql.stream()
                .filter(e -> e.sql().toLowerCase(Locale.ROOT).contains("from booking"))
                .findFirst()
                .orElseThrow();
        List<String> plan;
        try (Connection c = raw.getConnection()) {
            plan = SqlRecorder.rows(c, "EXPLAIN " + query.sql(), query.params());
        }
        boolean range = plan.stream().skip(1).allMatch(r -> r.contains("| range |") || r.contains("| ref |"))
                && plan.stream().noneMatch(r -> r.contains("| ALL |") || r.contains("| index |"));
        REPORT.figure(
                "Calendar",
                "week query plan: index range scan, no full scan",
                range ? "range" : "see plan",
                "range",
                yes(range));
        REPORT.note("Week query: " + oneLine(query.sql(), 400));
        REPORT.note("EXPLAIN:");
        plan.forEach(r -> REPORT.note("    " + r));
    }

    /** The expert directory lists all 100 experts with their skills: statements must not grow per expert. */
    @Test
    @Order(3)
    @WithUserDetails(DemoAccounts.STAFF)
    void expertDirectory() {
        List<SqlRecorder.Executed> sql = SqlRecorder.record(() -> experts.search(null, null));
        int listed = experts.search(null, null).size();
        long time = median(() -> experts.search(null, null));
        REPORT.figure(
                "Directory",
                "SQL statements, ExpertService.search, all " + listed + " experts",
                String.valueOf(sql.size()),
                "not per expert",
                yes(sql.size() < 10));
        REPORT.figure("Directory", "server time, ExpertService.search (median)", ms(time), "-", "");
    }

    // ------------------------------------------------------------------ 4. booking throughput

    @Test
    @Order(4)
    @WithUserDetails(DemoAccounts.STAFF)
    void bookingThroughput() throws Exception {
        LocalDate today = dashboard.today();
        List<Long> experts = new ArrayList<>();
        try (Connection c = raw.getConnection();
                var rs = c.createStatement()
                        .executeQuery("SELECT e.person_id FROM expert_profile e WHERE e.bookable"
                                + " AND NOT EXISTS (SELECT 1 FROM expert_time_off o WHERE o.expert_id = e.person_id AND"
                                + " o.last_day >= CURRENT_DATE) ORDER BY e.person_id LIMIT 10")) {
            while (rs.next()) {
                experts.add(rs.getLong(1));
            }
        }
        assertThat(experts).hasSize(10);
        long project = count("SELECT MIN(id) FROM project WHERE status = 'ACTIVE'");
        var staff = users.loadUserByUsername(DemoAccounts.STAFF);
        var auth = UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());

        // Warm-up on another expert, so the booking path is compiled (JIT) before it is measured.
        List<Instant> warm = freeSlots(experts.get(9), today, SMOKE ? 2 : 100);
        SecurityContextHolder.getContext().setAuthentication(auth);
        for (Instant s : warm) {
            bookings.book(request(experts.get(9), project, s));
        }

        List<Instant> one0 = freeSlots(experts.get(9), today, 1);
        List<SqlRecorder.Executed> bookingSql =
                SqlRecorder.record(() -> bookings.book(request(experts.get(9), project, one0.getFirst())));
        int perBooking = bookingSql.size();
        REPORT.note("Statements of one conflict-checked booking:");
        bookingSql.forEach(e -> REPORT.note("    " + oneLine(e.sql(), 150)));
        REPORT.figure(
                "Booking",
                "SQL statements per conflict-checked booking (BookingService.book)",
                String.valueOf(perBooking),
                "-",
                "");

        // -Dbench.jfr=true: a JFR recording (profile settings) of the first round of checked bookings.
        boolean jfr = Boolean.getBoolean("bench.jfr");
        // Three ways to write the same kind of booking with 8 threads on 8 different experts, alternating in rounds
        // (the machine is shared, so each kind gets the best of its rounds): BookingService.book; the floor, the
        // least a conflict-checked booking costs in plain JDBC; plain autocommit INSERTs without any check.
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger floorErrors = new AtomicInteger();
        Cpu checkedCpu = new Cpu();
        Cpu floorCpu = new Cpu();
        Cpu plainCpu = new Cpu();
        double checked = 0;
        double floor = 0;
        double plain = 0;
        Instant far = today.plusYears(5).atTime(9, 0).atZone(zone).toInstant();
        for (int round = 0; round < BOOKING_ROUNDS; round++) {
            List<List<Instant>> slots = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                slots.add(freeSlots(experts.get(t), today, BOOKINGS_PER_THREAD));
            }
            checked = Math.max(
                    checked,
                    run(
                            t -> () -> {
                                SecurityContextHolder.getContext().setAuthentication(auth);
                                for (Instant s : slots.get(t)) {
                                    try {
                                        bookings.book(request(experts.get(t), project, s));
                                    } catch (RuntimeException e) {
                                        errors.incrementAndGet();
                                    }
                                }
                                SecurityContextHolder.clearContext();
                                return null;
                            },
                            THREADS * BOOKINGS_PER_THREAD,
                            jfr && round == 0 ? "booking.jfr" : null,
                            checkedCpu));

            List<List<Instant>> floorSlots = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                floorSlots.add(freeSlots(experts.get(t), today, BOOKINGS_PER_THREAD));
            }
            floor = Math.max(
                    floor,
                    run(
                            t -> () -> {
                                try (Connection c = raw.getConnection()) {
                                    c.setAutoCommit(false);
                                    for (Instant s : floorSlots.get(t)) {
                                        if (!floorBooking(c, experts.get(t), project, s)) {
                                            floorErrors.incrementAndGet();
                                        }
                                    }
                                    c.setAutoCommit(true);
                                }
                                return null;
                            },
                            THREADS * BOOKINGS_PER_THREAD,
                            null,
                            floorCpu));

            // Plain single-row INSERTs (autocommit, no checks), far in the future, deleted afterwards.
            Instant farRound = far.plus(Duration.ofDays(100L * round));
            plain = Math.max(
                    plain,
                    run(
                            t -> () -> {
                                try (Connection c = raw.getConnection();
                                        PreparedStatement ps = c.prepareStatement(
                                                "INSERT INTO booking (expert_id, project_id,"
                                                        + " booked_by_id, start_at, end_at, topic, status, created_at, version)"
                                                        + " VALUES (?, ?, 4, ?, ?, 'Plain insert', 'CONFIRMED', ?, 0)")) {
                                    for (int i = 0; i < BOOKINGS_PER_THREAD; i++) {
                                        Instant s = farRound.plus(Duration.ofDays(i));
                                        ps.setLong(1, experts.get(t));
                                        ps.setLong(2, project);
                                        ps.setObject(3, LocalDateTime.ofInstant(s, ZoneOffset.UTC));
                                        ps.setObject(4, LocalDateTime.ofInstant(s.plusSeconds(1800), ZoneOffset.UTC));
                                        ps.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
                                        ps.executeUpdate();
                                    }
                                }
                                return null;
                            },
                            THREADS * BOOKINGS_PER_THREAD,
                            null,
                            plainCpu));
        }
        try (Connection c = raw.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM booking WHERE topic IN ('Plain insert', 'Floor')");
            c.createStatement().executeUpdate("DELETE FROM audit_event WHERE detail = 'Floor'");
            c.createStatement().executeUpdate("DELETE FROM notification WHERE message_args LIKE 'Floor\u001f%'");
        }
        double ratio = checked / plain;
        REPORT.figure(
                "Booking",
                "conflict-checked bookings/s, 8 threads on 8 experts (BookingService.book)",
                rate(checked),
                "-",
                errors.get() + " errors");
        REPORT.figure(
                "Booking",
                "floor: the same check and writes in plain JDBC (lock, locking overlap read; booking, notification and"
                        + " audit inserts; commit)",
                rate(floor),
                "-",
                floorErrors.get() + " errors");
        REPORT.figure("Booking", "plain INSERTs/s, 8 threads, no checks", rate(plain), "-", "");
        REPORT.figure("Booking", "ratio checked / plain", ratio(ratio), ">= 0.5", yes(ratio >= 0.5));
        REPORT.figure(
                "Booking", "ratio checked / floor (what the portal's code adds)", ratio(checked / floor), "-", "");
        REPORT.figure("Booking", "ratio floor / plain (what the check itself costs)", ratio(floor / plain), "-", "");
        REPORT.figure(
                "Booking",
                "CPU per booking, JVM (booking threads) + database server: BookingService.book",
                checkedCpu.perOperation(),
                "-",
                "");
        REPORT.figure(
                "Booking",
                "CPU per booking, JVM + database server: floor in plain JDBC",
                floorCpu.perOperation(),
                "-",
                "");
        REPORT.figure(
                "Booking", "CPU per booking, JVM + database server: plain INSERT", plainCpu.perOperation(), "-", "");
        double cpuRatio = checkedCpu.total() / floorCpu.total();
        REPORT.figure(
                "Booking",
                "CPU per booking checked / floor (same writes; JVM + database)",
                ratio(cpuRatio),
                "<= 2",
                yes(cpuRatio <= 2));
        REPORT.note("Booking rates: best of " + BOOKING_ROUNDS + " alternating rounds of "
                + THREADS * BOOKINGS_PER_THREAD + " bookings each.");
        assertThat(errors.get()).as("checked bookings refused or failed").isZero();
        assertThat(floorErrors.get()).as("floor bookings refused").isZero();

        // 8 threads on the same expert: serialised by the expert's row lock, each on its own free slots.
        long one = experts.get(8);
        List<Instant> sameSlots = freeSlots(one, today, THREADS * (SMOKE ? 2 : 10));
        AtomicInteger sameErrors = new AtomicInteger();
        AtomicInteger sameOk = new AtomicInteger();
        double same = run(
                t -> () -> {
                    SecurityContextHolder.getContext().setAuthentication(auth);
                    for (int i = t; i < sameSlots.size(); i += THREADS) {
                        try {
                            bookings.book(request(one, project, sameSlots.get(i)));
                            sameOk.incrementAndGet();
                        } catch (RuntimeException e) {
                            sameErrors.incrementAndGet();
                        }
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                },
                sameSlots.size(),
                null,
                new Cpu());
        long overlaps = count("SELECT COUNT(*) FROM booking a JOIN booking b ON a.expert_id = b.expert_id"
                + " AND a.id < b.id AND a.status IN ('REQUESTED','CONFIRMED') AND b.status IN ('REQUESTED','CONFIRMED')"
                + " AND a.start_at < b.end_at AND b.start_at < a.end_at WHERE a.expert_id = " + one);
        REPORT.figure(
                "Booking",
                "conflict-checked bookings/s, 8 threads on the same expert",
                rate(same),
                "no errors",
                (sameErrors.get() == 0 && overlaps == 0 ? "yes" : "NO") + " (" + sameOk.get() + " ok, "
                        + sameErrors.get() + " errors, " + overlaps + " overlaps)");
        assertThat(sameOk.get() + sameErrors.get()).isEqualTo(sameSlots.size());
        assertThat(overlaps).as("overlapping bookings of one expert").isZero();
    }

    /**
     * The floor: the least a conflict-checked booking needs, in plain JDBC on a connection in a transaction (no
     * autocommit switching, no ORM, no security): lock the expert's row, read the expert's bookings around the
     * week with a locking read, check overlap (with the 15-minute buffer) and the weekly capacity in Java, insert,
     * commit. The schedule's other rules (hours, time off, notice, grid) are left out: they are arithmetic on data
     * the lock statement could bring along. Returns false (rolled back) when the check refuses.
     */
    private boolean floorBooking(Connection c, long expert, long project, Instant start) throws SQLException {
        Instant end = start.plus(Duration.ofMinutes(30));
        int capacityMinutes;
        Duration buffer;
        Duration margin;
        try (PreparedStatement ps = c.prepareStatement("SELECT weekly_capacity_hours, buffer_minutes,"
                + " max_length_minutes FROM expert_profile WHERE person_id = ? FOR UPDATE")) {
            ps.setLong(1, expert);
            try (var rs = ps.executeQuery()) {
                rs.next();
                capacityMinutes = rs.getInt(1) * 60;
                buffer = Duration.ofMinutes(rs.getInt(2));
                margin = buffer.plusMinutes(rs.getInt(3));
            }
        }
        LocalDate monday = LocalDate.ofInstant(start, zone)
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        boolean free = true;
        long bookedInWeek = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT start_at, end_at FROM booking WHERE expert_id = ?"
                + " AND status IN ('REQUESTED', 'CONFIRMED') AND start_at < ? AND end_at > ? AND start_at > ?"
                + " ORDER BY start_at FOR UPDATE")) {
            ps.setLong(1, expert);
            ps.setObject(2, LocalDateTime.ofInstant(weekEnd.plus(margin), ZoneOffset.UTC));
            ps.setObject(3, LocalDateTime.ofInstant(weekStart.minus(margin), ZoneOffset.UTC));
            ps.setObject(4, LocalDateTime.ofInstant(weekStart.minus(margin).minus(Duration.ofDays(2)), ZoneOffset.UTC));
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant s = rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    Instant e = rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    free &= !(s.isBefore(end.plus(buffer)) && e.isAfter(start.minus(buffer)));
                    if (!s.isBefore(weekStart) && s.isBefore(weekEnd)) {
                        bookedInWeek += Duration.between(s, e).toMinutes();
                    }
                }
            }
        }
        if (!free || bookedInWeek + 30 > capacityMinutes) {
            c.rollback();
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO booking (expert_id, project_id, booked_by_id,"
                + " start_at, end_at, topic, status, created_at, version)"
                + " VALUES (?, ?, 4, ?, ?, 'Floor', 'CONFIRMED', ?, 0)")) {
            ps.setLong(1, expert);
            ps.setLong(2, project);
            ps.setObject(3, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            ps.setObject(4, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
            ps.setObject(5, LocalDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        // The writes the portal must make with a booking, so that the comparison is fair: the expert's
        // notification and the audit trail's entry (issue #17, "Booking against its floor").
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO notification (person_id, message_key,"
                + " message_args, link, created_at) VALUES (?, 'booking.notify.requested', ?, 'schedule', ?)")) {
            ps.setLong(1, expert);
            ps.setString(2, "Floor\u001fPRJ\u001f" + start);
            ps.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor_person_id,"
                + " actor_label, category, action, object_type, object_id, detail) VALUES (?, 4, 'staff@pso.example',"
                + " 'BOOKING', 'CREATED', 'booking', LAST_INSERT_ID(), 'Floor')")) {
            ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        c.commit();
        return true;
    }

    private BookingRequest request(long expert, long project, Instant start) {
        return new BookingRequest(expert, project, start, start.plus(Duration.ofMinutes(30)), "Benchmark", null);
    }

    /**
     * Free 30-minute slots of an expert at whole hours from two days ahead: inside the working hours, 15 minutes
     * (the buffer) clear of bookings that hold time, at most four per week (the weekly capacity), no time off.
     */
    private List<Instant> freeSlots(long expert, LocalDate today, int wanted) throws SQLException {
        List<Instant[]> busy = new ArrayList<>();
        List<LocalTime[]> hours = new ArrayList<>();
        try (Connection c = raw.getConnection()) {
            try (var ps = c.prepareStatement("SELECT start_at, end_at FROM booking WHERE expert_id = ? AND"
                    + " status IN ('REQUESTED','CONFIRMED') AND end_at > ?")) {
                ps.setLong(1, expert);
                ps.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        busy.add(new Instant[] {
                            rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                        });
                    }
                }
            }
            try (var ps = c.prepareStatement("SELECT start_time, end_time FROM expert_working_hours"
                    + " WHERE expert_id = ? AND day_of_week = 1")) {
                ps.setLong(1, expert);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hours.add(new LocalTime[] {rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class)});
                    }
                }
            }
        }
        List<Instant> free = new ArrayList<>();
        for (LocalDate d = today.plusDays(2);
                free.size() < wanted && d.isBefore(today.plusDays(85));
                d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            int perDay = 0;
            for (int h = 9; h < 17 && perDay < 3; h++) {
                LocalTime from = LocalTime.of(h, 0);
                LocalTime to = from.plusMinutes(30);
                if (hours.stream().noneMatch(w -> !from.isBefore(w[0]) && !to.isAfter(w[1]))) {
                    continue;
                }
                Instant s = d.atTime(from).atZone(zone).toInstant();
                Instant e = s.plus(Duration.ofMinutes(30));
                boolean clear = busy.stream()
                        .noneMatch(b -> b[0].isBefore(e.plus(Duration.ofMinutes(15)))
                                && b[1].isAfter(s.minus(Duration.ofMinutes(15))));
                if (clear) {
                    free.add(s);
                    busy.add(new Instant[] {s, e});
                    perDay++;
                    if (free.size() == wanted) {
                        break;
                    }
                }
            }
        }
        assertThat(free).as("free slots of expert " + expert).hasSize(wanted);
        return free;
    }

    /**
     * Runs one task per thread and returns operations per second over the wall time of all of them; with a file
     * name, a JFR recording of the run goes to that file next to the report.
     */
    private static double run(
            java.util.function.IntFunction<Callable<Void>> task, int operations, String jfrFile, Cpu cpu)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicLong jvmNanos = new AtomicLong();
        jdk.jfr.Recording recording = null;
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Void> work = task.apply(t);
                tasks.add(() -> {
                    long before = THREAD_CPU.getCurrentThreadCpuTime();
                    try {
                        return work.call();
                    } finally {
                        jvmNanos.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - before);
                    }
                });
            }
            if (jfrFile != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.start();
            }
            long db0 = databaseCpuTicks();
            long t0 = System.nanoTime();
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
            double rate = operations / ((System.nanoTime() - t0) / 1e9);
            long db1 = databaseCpuTicks();
            cpu.round(jvmNanos.get(), db0 < 0 || db1 < 0 ? -1 : db1 - db0, operations);
            if (recording != null) {
                recording.stop();
                Files.createDirectories(REPORT_FILE.getParent());
                recording.dump(REPORT_FILE.resolveSibling(jfrFile));
            }
            return rate;
        } finally {
            if (recording != null) {
                recording.close();
            }
            pool.shutdownNow();
        }
    }

    private static final java.lang.management.ThreadMXBean THREAD_CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * CPU per operation, of the threads doing them (in this JVM) and of the database server process, in the round
     * that needed least. Unlike rates, these hardly depend on what else the shared machine is doing.
     */
    private static final class Cpu {
        private double jvmMs = Double.NaN;
        private double databaseMs = Double.NaN;

        synchronized void round(long jvmNanos, long databaseTicks, int operations) {
            double jvm = jvmNanos / 1e6 / operations;
            double db = databaseTicks < 0 ? Double.NaN : databaseTicks * 1000.0 / CLOCK_TICKS / operations;
            if (Double.isNaN(jvmMs)
                    || jvm + (Double.isNaN(db) ? 0 : db) < jvmMs + (Double.isNaN(databaseMs) ? 0 : databaseMs)) {
                jvmMs = jvm;
                databaseMs = db;
            }
        }

        /** JVM + database CPU per operation, in ms (the JVM's alone where the database's could not be read). */
        synchronized double total() {
            return jvmMs + (Double.isNaN(databaseMs) ? 0 : databaseMs);
        }

        synchronized String perOperation() {
            return String.format(
                    Locale.ROOT,
                    "%.2f + %s ms",
                    jvmMs,
                    Double.isNaN(databaseMs) ? "?" : String.format(Locale.ROOT, "%.2f", databaseMs));
        }
    }

    /** Linux clock ticks per second (USER_HZ), the unit of /proc/<pid>/stat's CPU times. */
    private static final int CLOCK_TICKS = 100;

    /**
     * User + system CPU of the MariaDB server so far, in clock ticks, from /proc (the embedded server is a local
     * process; its pid is in @@pid_file). -1 where that cannot be read.
     */
    private static long databaseCpuTicks() {
        try (Connection c = raw.getConnection();
                var rs = c.createStatement().executeQuery("SELECT @@pid_file")) {
            rs.next();
            String pid = Files.readString(Path.of(rs.getString(1))).trim();
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (Exception e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ helpers and report

    /** Writes the report, then fails the run (the smoke run in particular) if an area reported nothing. */
    @AfterAll
    static void writeReport() throws IOException {
        String md = REPORT.markdown();
        System.out.println("\n" + md);
        Files.createDirectories(REPORT_FILE.getParent());
        Files.writeString(REPORT_FILE, md);
        assertThat(REPORT.areas()).as("areas with figures in " + REPORT_FILE).containsAll(EXPECTED_AREAS);
        assertThat(REPORT.rowCount()).as("figures in " + REPORT_FILE).isGreaterThanOrEqualTo(24);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = raw.getConnection();
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long median(Runnable work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            if (i >= WARMUP) {
                times.add(System.nanoTime() - t0);
            }
        }
        return median(times);
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }

    private static String rate(double r) {
        return String.format(Locale.ROOT, "%.0f /s", r);
    }

    private static String yes(boolean holds) {
        return holds ? "yes" : "NO";
    }

    private static String oneLine(String sql, int max) {
        String s = sql.replaceAll("\\s+", " ").trim();
        return s.length() <= max ? s : s.substring(0, max) + " ...";
    }
}
