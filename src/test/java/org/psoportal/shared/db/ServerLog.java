package org.psoportal.shared.db;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what the classes of {@code org.psoportal.shared.db} log while a test runs. */
final class ServerLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("org.psoportal.shared.db");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    ServerLog() {
        appender.start();
        logger.addAppender(appender);
    }

    /** Every line logged so far, as "LEVEL message". */
    synchronized List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream()
                    .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                    .toList();
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
    }
}
