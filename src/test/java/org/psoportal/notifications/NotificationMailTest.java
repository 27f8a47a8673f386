package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.internal.MailOut;
import org.psoportal.notifications.internal.NotificationRepository;
import org.psoportal.notifications.internal.NotificationSettingsRepository;
import org.psoportal.people.PersonService;
import org.psoportal.security.CurrentUser;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With SMTP configured, a notification also goes out by e-mail, and only once its transaction has committed; a
 * mail server that cannot be reached is counted ({@code pso.notifications{channel=email,outcome=failed}}) and logged
 * with the person's id, never their address.
 * The service is built here around a mail sender pointing at GreenMail, inside the shared test context: a second
 * Spring context would install a second Vaadin security-context strategy and unsettle the other tests.
 */
@IntegrationTest
class NotificationMailTest {

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
    PersonService people;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Clock clock;

    @Autowired
    MailOut.MailText mailText;

    @Autowired
    NotificationSettingsRepository settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private NotificationService withSmtp() {
        return withSmtp(SMTP.getSmtp().getPort(), new SimpleMeterRegistry());
    }

    private NotificationService withSmtp(int port, MeterRegistry meters) {
        MailOut mail = TestSmtp.mailOut(port, mailText, meters);
        return new NotificationService(repository, settings, people, currentUser, clock, mail, event -> {}, meters);
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void sendsTheNotificationByMailAfterCommitAndNothingOnRollback() throws Exception {
        long expertId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
        SMTP.purgeEmailFromAllMailboxes();
        NotificationService notifications = withSmtp();

        tx.executeWithoutResult(status -> {
            notifications.notify(
                    expertId, "notify.booking.made", List.of("Sofia Sandberg", "Mon 10:00", "Rolled back"), "schedule");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> notifications.notify(
                expertId, "notify.booking.made", List.of("Sofia Sandberg", "Mon 10:00", "CRM workshop"), "schedule"));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(DemoAccounts.EXPERT);
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("pso@pso.example");
        assertThat(GreenMailUtil.getBody(received[0])).contains("CRM workshop").doesNotContain("Rolled back");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void aMailServerThatCannotBeReachedIsCountedAndLoggedWithoutTheAddress() {
        long expertId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
        MeterRegistry meters = new SimpleMeterRegistry();
        NotificationService notifications = withSmtp(TestSmtp.freePort(), meters); // nothing listens there
        Logger logger = (Logger) LoggerFactory.getLogger(NotificationService.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            tx.executeWithoutResult(status -> notifications.notify(
                    expertId, "notify.booking.made", List.of("Sofia Sandberg", "Mon 10:00", "Unsent"), "schedule"));
        } finally {
            logger.detachAppender(log);
        }

        assertThat(count(meters, "email", "failed")).isEqualTo(1.0);
        assertThat(count(meters, "email", "sent")).isZero();
        assertThat(count(meters, "in_portal", "sent"))
                .as("the note is in the portal anyway")
                .isEqualTo(1.0);
        assertThat(log.list)
                .singleElement()
                .satisfies(line -> assertThat(line.getFormattedMessage())
                        .startsWith("Could not send notification mail to person " + expertId + ":")
                        .doesNotContain(DemoAccounts.EXPERT, "@"));
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void aNoteThePersonWantsInThePortalOnlySendsNoMail() throws Exception {
        long expertId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
        SMTP.purgeEmailFromAllMailboxes();
        MeterRegistry meters = new SimpleMeterRegistry();
        NotificationService notifications = withSmtp(SMTP.getSmtp().getPort(), meters);
        assertThat(notifications.sendsEmail()).isTrue();

        tx.executeWithoutResult(status -> notifications.notify(
                expertId,
                "notify.reminder",
                List.of("'Portal only'", "1 hour", "Mon 7 Dec, 10:00"),
                "schedule",
                false));
        // a mail sent after it: once that one has arrived, the first would have too
        tx.executeWithoutResult(status -> notifications.notify(
                expertId, "notify.reminder", List.of("'By mail'", "1 hour", "Mon 7 Dec, 11:00"), "schedule", true));

        assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(SMTP.getReceivedMessages())
                .singleElement()
                .satisfies(m -> assertThat(GreenMailUtil.getBody(m))
                        .contains("Reminder: 'By mail' starts in 1 hour")
                        .doesNotContain("Portal only"));
        assertThat(count(meters, "in_portal", "sent"))
                .as("both are in the portal")
                .isEqualTo(2.0);
    }

    @Test
    void anAddressTheMailServerQuotesIsNotLogged() {
        assertThat(MailOut.withoutAddresses(
                        "550 5.1.1 <erik.engel@pso.example>: Recipient address rejected; also bob@x.org"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected; also <address>");
    }

    private static double count(MeterRegistry meters, String channel, String outcome) {
        var counter = meters.find("pso.notifications")
                .tags("channel", channel, "outcome", outcome)
                .counter();
        return counter == null ? 0.0 : counter.count();
    }
}
