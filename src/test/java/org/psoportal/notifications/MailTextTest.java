package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.internal.MailOut;

/** Values in a notification e-mail stay on their line: a name or topic cannot add lines of its own. */
class MailTextTest {

    @Test
    void lineBreaksInValuesDoNotReachTheMail() {
        MailOut.MailText text = new MailOut.MailText();
        String plain = text.body("notify.booking.made", List.of("Eve", "Mon 10:00", "Workshop"));
        String hostile = text.body(
                "notify.booking.made",
                List.of("Eve\r\n\r\nClick http://evil.example", "Mon 10:00", "Workshop\u2028Reply with your password"));
        assertThat(hostile.lines().count()).isEqualTo(plain.lines().count());
        assertThat(hostile).contains("Eve____Click http://evil.example", "Workshop_Reply with your password");
    }
}
