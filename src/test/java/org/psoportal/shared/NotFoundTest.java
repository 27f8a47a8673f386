package org.psoportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Whatever is looked up by an id that is not there, the user reads the same plain message. */
@IntegrationTest
class NotFoundTest {

    private static final long MISSING = 987_654_321L;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BookingService bookings;

    @Autowired
    PersonService people;

    @Autowired
    ProjectService projects;

    @Autowired
    SecurityFixture fixture;

    @Test
    void aMissingTaskBookingPersonOrProjectGivesOneMessageUsersUnderstand() {
        String head = fixture.newPerson(Role.HEAD, "Head Looking");
        String staff = fixture.newPerson(Role.STAFF, "Staff Looking");

        assertNotFound(() -> fixture.as(staff, () -> tasks.details(MISSING)));
        assertNotFound(() -> fixture.as(head, () -> board.card(MISSING)));
        assertNotFound(() -> fixture.run(head, () -> board.move(MISSING, 0, BoardPlace.top(BoardColumn.DONE), true)));
        assertNotFound(() -> fixture.run(head, () -> board.archive(MISSING, 0)));
        assertNotFound(() -> fixture.as(staff, () -> bookings.details(MISSING)));
        assertNotFound(() -> fixture.as(head, () -> people.loadForm(MISSING)));
        assertNotFound(() -> fixture.as(head, () -> projects.loadForm(MISSING)));
    }

    private static void assertNotFound(ThrowingCallable call) {
        NotFoundException e = catchThrowableOfType(NotFoundException.class, call);
        assertThat(e).as("a NotFoundException").isNotNull();
        assertThat(e.getMessage()).contains(String.valueOf(MISSING));
        assertThat(translate(e)).isEqualTo("This item no longer exists or you may not see it.");
    }

    private static String translate(UserMessageException e) {
        Properties translations = new Properties();
        try (var in = NotFoundTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException io) {
            throw new IllegalStateException(io);
        }
        return MessageFormat.format(translations.getProperty(e.messageKey()), e.args());
    }
}
