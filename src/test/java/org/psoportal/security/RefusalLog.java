package org.psoportal.security;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what {@link AccessRefusals} logs while a test runs. */
final class RefusalLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AccessRefusals.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    RefusalLog() {
        appender.start();
        logger.addAppender(appender);
    }

    /** The WARN lines logged so far, formatted. */
    List<String> warnings() {
        return appender.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
