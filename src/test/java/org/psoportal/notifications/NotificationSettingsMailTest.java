package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.internal.DailyDigest;
import org.psoportal.notifications.internal.MailOut;
import org.psoportal.notifications.internal.NotificationPreferences;
import org.psoportal.notifications.internal.NotificationRepository;
import org.psoportal.notifications.internal.NotificationSettingsRepository;
import org.psoportal.notifications.internal.NotificationSettingsService;
import org.psoportal.people.PersonService;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's notification settings decide the e-mails: e-mail off for a kind sends none (the note is in the portal
 * anyway), the digest collects the day's notes into one e-mail sent by the daily job, once even when two runs race,
 * and every e-mail carries the absolute link to the place ({@code pso.base-url}). The service and the digest are
 * built here around a mail sender pointing at GreenMail, as in {@link NotificationMailTest}.
 */
@IntegrationTest
class NotificationSettingsMailTest {

    private static final GreenMail SMTP = TestSmtp.server();

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    NotificationRepository repository;

    @Autowired
    NotificationSettingsRepository settingsRepository;

    @Autowired
    NotificationSettingsService settings;

    @Autowired
    PersonService people;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    MailOut.MailText mailText;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    SecurityFixture fixture;

    @Autowired
    ZoneId zone;

    private MailOut mail;
    private NotificationService notifications;
    private DailyDigest digest;

    @BeforeEach
    void withSmtp() throws Exception {
        var meters = new SimpleMeterRegistry();
        mail = TestSmtp.mailOut(SMTP.getSmtp().getPort(), mailText, meters);
        notifications = new NotificationService(
                repository, settingsRepository, people, currentUser, clock, mail, event -> {}, meters);
        digest = new DailyDigest(repository, people, mail, tx, zone, meters);
        SMTP.purgeEmailFromAllMailboxes();
    }

    @Test
    void anEmailCarriesTheAbsoluteLinkToThePlace() throws Exception {
        String email = fixture.newPerson(Role.STAFF, "Link Reader");
        long person = fixture.personId(email);

        fixture.run(
                email,
                () -> tx.executeWithoutResult(status -> notifications.notify(
                        NotificationKind.TASK_PROGRESS,
                        person,
                        "notify.task.request.moved.IN_PROGRESS",
                        List.of("Ada Admin", "Expense claim"),
                        "board?task=42")));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage only = SMTP.getReceivedMessages()[0];
        assertThat(text(only))
                .contains("Ada Admin started work on your request “Expense claim”.")
                .contains("https://pso.example.org/board?task=42");
    }

    @Test
    void aKindWithEmailOffSendsNoEmailButTheNoteIsInThePortal() throws Exception {
        String email = fixture.newPerson(Role.STAFF, "Quiet Comments");
        long person = fixture.personId(email);
        fixture.run(
                email,
                () -> settings.saveMine(new NotificationPreferences(Set.of(NotificationKind.TASK_COMMENTS), false)));

        fixture.run(email, () -> {
            tx.executeWithoutResult(status -> notifications.notify(
                    NotificationKind.TASK_COMMENTS,
                    person,
                    "notify.task.request.commented",
                    List.of("Ada Admin", "Quiet task", "Not by mail"),
                    "board?task=1"));
            // a kind still by e-mail, sent after it: once it has arrived, the first would have too
            tx.executeWithoutResult(status -> notifications.notify(
                    NotificationKind.TASK_PROGRESS,
                    person,
                    "notify.task.request.reopened",
                    List.of("Ada Admin", "By mail"),
                    "board?task=2"));
        });

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages())
                .singleElement()
                .satisfies(m -> assertThat(text(m)).contains("By mail").doesNotContain("Not by mail"));
        assertThat(fixture.as(email, notifications::mine)).hasSize(2);
    }

    @Test
    void theDigestCollectsTheDaysNotesIntoOneEmailSentOnceWhenTwoRunsRace() throws Exception {
        String email = fixture.newPerson(Role.STAFF, "Digest Reader");
        long person = fixture.personId(email);
        fixture.run(email, () -> settings.saveMine(new NotificationPreferences(Set.of(), true)));

        fixture.run(email, () -> {
            tx.executeWithoutResult(status -> notifications.notify(
                    NotificationKind.TASK_PROGRESS,
                    person,
                    "notify.task.request.reopened",
                    List.of("Ada Admin", "First of the day"),
                    "board?task=11"));
            tx.executeWithoutResult(status -> notifications.notify(
                    NotificationKind.TASK_COMMENTS,
                    person,
                    "notify.task.request.commented",
                    List.of("Ada Admin", "Second of the day", "See the receipt"),
                    "board?task=12"));
            // a reminder cannot wait a day: it goes at once even with the digest on
            tx.executeWithoutResult(status -> notifications.notify(
                    NotificationKind.APPOINTMENT_REMINDERS,
                    person,
                    "notify.reminder",
                    List.of("'Workshop'", "1 hour", "Mon 7 Dec, 10:00"),
                    "my-bookings"));
        });
        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages())
                .as("only the reminder went at once")
                .singleElement()
                .satisfies(m -> assertThat(text(m)).contains("Workshop"));
        assertThat(pending(person)).isEqualTo(2);

        List<Integer> sentByEach = Race.of(digest::run, digest::run);

        assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
        Thread.sleep(500); // a second digest would have arrived by now
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        String body = text(received[1]);
        assertThat(body)
                .contains("First of the day", "Second of the day", "See the receipt")
                .contains("https://pso.example.org/board?task=11", "https://pso.example.org/board?task=12")
                .contains("https://pso.example.org/notifications/settings");
        assertThat(received[1].getSubject()).contains("2 notifications");
        assertThat(sentByEach.stream().mapToInt(Integer::intValue).sum())
                .as("one digest e-mail for this person, whichever run sent it")
                .isEqualTo(1);
        assertThat(pending(person)).isZero();
        assertThat(digest.run()).as("nothing left for the next day's run").isZero();
        assertThat(fixture.as(email, notifications::mine))
                .as("all three are in the portal")
                .hasSize(3);
    }

    /** The decoded text (the typographic quotes travel quoted-printable). */
    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private int pending(long person) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE person_id = ? AND digest_state = 'PENDING'",
                Integer.class,
                person);
    }
}
