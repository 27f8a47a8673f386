package org.psoportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardPositions;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.security.Access;
import org.psoportal.security.Role;

/**
 * Each business rule is written once: "holds time" in {@link BookingStatus#HOLDING_TIME}, "a manager" in
 * {@link Role#MANAGERS}, the board's position step in {@link BoardPositions#STEP}. This scan fails when the main
 * sources spell one of them out again, so a change of the rule cannot miss a copy.
 */
class OneHomePerRuleTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** What a copy of a rule looks like, by rule. */
    static final Map<String, Pattern> COPIES = Map.of(
            "holds time written as an SQL IN-list (use BookingStatus.HOLDING_TIME_SQL)",
            Pattern.compile(
                    "'(REQUESTED|CONFIRMED)'\\s*,\\s*'(REQUESTED|CONFIRMED)'" + "|IN\\s*\\(\\s*'(REQUESTED|CONFIRMED)'",
                    Pattern.CASE_INSENSITIVE),
            "holds time written as REQUESTED or CONFIRMED (use BookingStatus.holdsTime() or HOLDING_TIME)",
            Pattern.compile("BookingStatus\\.(REQUESTED|CONFIRMED)\\s*(\\|\\||,)[^;]{0,80}?"
                    + "BookingStatus\\.(REQUESTED|CONFIRMED)"),
            "a manager written as ADMINISTRATOR or HEAD (use CurrentUser.isManager() or Role.MANAGERS)",
            Pattern.compile("Role\\.(ADMINISTRATOR|HEAD)\\)\\s*\\|\\|[^;]{0,80}?Role\\.(ADMINISTRATOR|HEAD)\\)"
                    + "|hasAnyRole\\(\\s*'(ADMINISTRATOR|HEAD)'\\s*,\\s*'(ADMINISTRATOR|HEAD)'\\s*\\)"),
            "the board position step written as a shift (use BoardPositions.STEP)",
            Pattern.compile("<<\\s*16\\b"),
            "a board word's translation key spelt out (use BoardColumn, TaskType or Priority .labelKey())",
            Pattern.compile("\"board\\.(column|type|priority)\\.\"\\s*\\+"));

    /**
     * The homes themselves define the rule. BookingStatus also writes "holds time" as JPQL enum literals
     * ({@code HOLDING_TIME_JPQL}: repository annotations need a constant), checked against {@code HOLDING_TIME} by
     * {@code BookingStatusTest}.
     */
    private static final List<String> HOMES = List.of(
            "booking/internal/BookingStatus.java",
            "admintasks/internal/BoardPositions.java",
            "admintasks/internal/BoardColumn.java",
            "admintasks/internal/TaskType.java",
            "admintasks/internal/Priority.java");

    @Test
    void noMainSourceWritesOutARuleThatHasAHome() throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> HOMES.stream().noneMatch(h -> f.endsWith(Path.of("org/psoportal", h))))
                    .forEach(f -> copies.addAll(copiesIn(MAIN.relativize(f).toString(), read(f))));
        }
        assertThat(copies).isEmpty();
    }

    @Test
    void theScanCatchesACopyOfEachRule() {
        assertThat(copiesIn("Sample.java", """
                String sql = "SELECT id FROM booking WHERE status IN ('REQUESTED', 'CONFIRMED')";
                """)).hasSize(1);
        assertThat(copiesIn("Sample.java", "WHERE b.status in ('CONFIRMED','REQUESTED')"))
                .hasSize(1);
        assertThat(copiesIn("Sample.java", """
                return r.status() == BookingStatus.REQUESTED || r.status() == BookingStatus.CONFIRMED;
                """)).hasSize(1);
        assertThat(copiesIn("Sample.java", """
                and b.status in (org.psoportal.booking.internal.BookingStatus.REQUESTED,
                      org.psoportal.booking.internal.BookingStatus.CONFIRMED)
                """)).hasSize(1);
        assertThat(copiesIn("Sample.java", """
                boolean manager = currentUser.hasRole(Role.ADMINISTRATOR) || currentUser.hasRole(Role.HEAD);
                """)).hasSize(1);
        assertThat(copiesIn("Sample.java", "return roles.contains(Role.HEAD) || roles.contains(Role.ADMINISTRATOR);"))
                .hasSize(1);
        assertThat(copiesIn("Sample.java", "@PreAuthorize(\"hasAnyRole('ADMINISTRATOR','HEAD')\")"))
                .hasSize(1);
        assertThat(copiesIn("Sample.java", "return (long) index << 16;")).hasSize(1);
        assertThat(copiesIn("Sample.java", "long step = 1L<<16;")).hasSize(1);
        assertThat(copiesIn("Sample.java", "getTranslation(\"board.column.\" + c.name())"))
                .hasSize(1);
    }

    @Test
    void theScanLeavesOtherUsesOfTheStatusesAndRolesAlone() {
        assertThat(copiesIn("Sample.java", """
                BookingStatus status = s.requiresApproval() ? BookingStatus.REQUESTED : BookingStatus.CONFIRMED;
                WHERE b.expert_id = :person AND b.status = 'REQUESTED' AND b.end_at > :now
                if (currentUser.hasRole(Role.HEAD)) { }
                long bits = 1L << 160;
                """)).isEmpty();
    }

    @Test
    void theHomesSayWhatTheRulesAre() {
        assertThat(BookingStatus.HOLDING_TIME)
                .containsExactlyInAnyOrder(BookingStatus.REQUESTED, BookingStatus.CONFIRMED);
        assertThat(BookingStatus.HOLDING_TIME_SQL).isEqualTo("IN ('REQUESTED', 'CONFIRMED')");
        assertThat(Arrays.stream(BookingStatus.values()).filter(BookingStatus::holdsTime))
                .containsExactlyInAnyOrderElementsOf(BookingStatus.HOLDING_TIME);
        assertThat(Role.MANAGERS).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.HEAD);
        assertThat(BoardPositions.STEP).isEqualTo(65_536L);
    }

    /** Annotations need constants, so the rule's annotation forms are checked against the home instead. */
    @Test
    void theAnnotationFormsOfAManagerAgreeWithRoleManagers() throws ClassNotFoundException {
        String names = Role.MANAGERS.stream().map(r -> "'" + r.name() + "'").collect(Collectors.joining(","));
        assertThat(Access.MANAGERS)
                .as("Access.MANAGERS is Role.MANAGERS as a @PreAuthorize rule")
                .isEqualTo("hasAnyRole(" + names + ")");
        RolesAllowed templates =
                Class.forName("org.psoportal.admintasks.ui.TemplatesView").getAnnotation(RolesAllowed.class);
        assertThat(templates.value())
                .containsExactlyInAnyOrderElementsOf(
                        Role.MANAGERS.stream().map(Role::name).toList());
    }

    static List<String> copiesIn(String file, String source) {
        List<String> found = new ArrayList<>();
        COPIES.forEach((rule, pattern) -> {
            Matcher m = pattern.matcher(source);
            while (m.find()) {
                found.add(file + ": " + rule + ": " + m.group().replaceAll("\\s+", " "));
            }
        });
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
