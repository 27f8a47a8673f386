package org.psoportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.shell.internal.NavigationErrorView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.slf4j.LoggerFactory;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Ids in URLs that are no number the portal can hold (25 digits, letters) or name nothing give the normal
 * not-found page or the view's usual answer, never an ERROR with a stack trace in the log.
 */
@WithUserDetails(DemoAccounts.HEAD)
class UnparseableIdsTest extends BrowserlessViewTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void anExpertIdOfTwentyFiveDigitsIsNotFoundWithoutAnError() {
        UI.getCurrent().navigate("experts/1234567890123456789012345");
        assertThat($(RouteNotFoundError.class).all()).hasSize(1);
        assertThat($(NavigationErrorView.class).all()).isEmpty();
        assertNoErrorLogged();
    }

    @Test
    void otherOddIdsInUrlsAreAnsweredWithoutAnError() {
        for (String path : List.of(
                "experts/99999999",
                "experts/abc",
                "board?project=1234567890123456789012345",
                "board?project=abc&assignee=%00",
                "board?project=99999999",
                "audit?id=1234567890123456789012345",
                "expert-profile?expert=1234567890123456789012345",
                "experts/00000000000000000000000000001")) {
            String[] parts = path.split("\\?", 2);
            UI.getCurrent()
                    .navigate(
                            parts[0],
                            parts.length == 1 ? QueryParameters.empty() : QueryParameters.fromString(parts[1]));
            assertThat($(NavigationErrorView.class).all()).as(path).isEmpty();
        }
        assertNoErrorLogged();
    }

    private void assertNoErrorLogged() {
        assertThat(log.list)
                .filteredOn(e -> e.getLevel() == Level.ERROR)
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }
}
