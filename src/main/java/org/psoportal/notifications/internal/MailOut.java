package org.psoportal.notifications.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.psoportal.notifications.NotificationService;
import org.psoportal.shared.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mails of notifications, single and digest: sent only when SMTP is configured ({@code spring.mail.host}; Spring
 * Boot only creates a {@link JavaMailSender} then, hence the {@link ObjectProvider}), each link made absolute with
 * {@code pso.base-url} (an e-mail is read outside the portal).
 */
@Component
public class MailOut {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;]+");

    private final ObjectProvider<JavaMailSender> mail;
    private final MailText text;
    private final String from;
    private final boolean enabled;
    private final String baseUrl;
    private final MeterRegistry meters;

    public MailOut(
            ObjectProvider<JavaMailSender> mail,
            MailText text,
            @Value("${pso.mail.from:pso-portal@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost,
            @Value("${pso.base-url:http://localhost:8080}") String baseUrl,
            MeterRegistry meters) {
        // The host property is always present (empty without SMTP), so Boot may create a sender that points nowhere.
        this.mail = mail;
        this.text = text;
        this.from = from;
        this.enabled = !mailHost.isBlank();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.meters = meters;
    }

    public boolean enabled() {
        return enabled && mail.getIfAvailable() != null;
    }

    public MailText text() {
        return text;
    }

    /** The portal address of a note's link ({@code board?task=12} → {@code https://pso.example.org/board?task=12}). */
    public String absolute(String link) {
        return baseUrl + "/" + (link.startsWith("/") ? link.substring(1) : link);
    }

    /** One note's e-mail: its text, then the link to the place. */
    public String body(String messageKey, List<String> args, String link) {
        String body = text.body(messageKey, args);
        return link == null ? body : body + "\n\n" + absolute(link);
    }

    /** Sends (call after commit); a failure is logged with the person's id only and counted, never thrown. */
    public void send(long personId, String to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (!enabled || sender == null) {
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
            counted("sent");
        } catch (MailException e) {
            // The note is in the portal anyway; a mail server hiccup must not undo a change. The person by id:
            // logs carry no e-mail addresses.
            log.warn("Could not send notification mail to person {}: {}", personId, withoutAddresses(e.getMessage()));
            counted("failed");
        }
    }

    /** A mail server's answer often quotes the recipient ("550 <ann@example.org>: no such user"): not in the log. */
    public static String withoutAddresses(String message) {
        return message == null ? null : EMAIL_ADDRESS.matcher(message).replaceAll("<address>");
    }

    /** Metric pso.notifications{channel=email, outcome} (docs/operations.md, "Metrics"). */
    private void counted(String outcome) {
        meters.counter("pso.notifications", "channel", "email", "outcome", outcome)
                .increment();
    }

    /** Texts of the e-mails, from the same translation files as the UI (default language). */
    @Component
    public static class MailText {
        private final ResourceBundle bundle;

        public MailText() {
            this.bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        }

        public String subject() {
            return bundle.getString("app.name");
        }

        public String get(String key, Object... args) {
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
            return new MessageFormat(pattern, Locale.ENGLISH).format(args);
        }

        /**
         * The plain-text body; each value (a name, a topic) on one line ({@link SafeText#singleLine}), so a value
         * stored before single-line fields were enforced cannot add lines of its own to the e-mail.
         */
        public String body(String key, List<String> args) {
            return get(key, args.stream().map(SafeText::singleLine).toArray());
        }
    }
}
