package org.psoportal.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.psoportal.notifications.internal.MailOut;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail tests' SMTP side: a real SMTP server (GreenMail) on a free local port, and the portal's {@link MailOut}
 * pointed at a port, built by hand inside the shared test context (a second Spring context would install a second
 * Vaadin security-context strategy and unsettle the other tests).
 */
final class TestSmtp {

    static final String FROM = "pso@pso.example";
    static final String BASE_URL = "https://pso.example.org/";

    private TestSmtp() {}

    /** A GreenMail SMTP server on a free port of 127.0.0.1, not yet started. */
    static GreenMail server() {
        return new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The portal's mail out, sending through 127.0.0.1:{@code port}; links start with {@link #BASE_URL}. */
    static MailOut mailOut(int port, MailOut.MailText text, MeterRegistry meters) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var provider =
                new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
        return new MailOut(provider, text, FROM, "127.0.0.1", BASE_URL, meters);
    }

    /** A local port nothing listens on at the moment. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
