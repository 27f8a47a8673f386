package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BookingStatusTest {

    @Test
    void theJpqlLiteralNamesExactlyTheStatusesThatHoldTime() {
        String literal = BookingStatus.HOLDING_TIME_JPQL;
        assertThat(literal).startsWith("in (").endsWith(")");
        Set<BookingStatus> named = Arrays.stream(
                        literal.substring(4, literal.length() - 1).split(","))
                .map(String::strip)
                .map(name -> {
                    assertThat(name).startsWith(BookingStatus.class.getName() + ".");
                    return BookingStatus.valueOf(
                            name.substring(BookingStatus.class.getName().length() + 1));
                })
                .collect(Collectors.toSet());
        assertThat(named).isEqualTo(BookingStatus.HOLDING_TIME);
    }

    @Test
    void theSqlListNamesTheSameStatuses() {
        assertThat(BookingStatus.HOLDING_TIME_SQL).isEqualTo("IN ('REQUESTED', 'CONFIRMED')");
    }
}
