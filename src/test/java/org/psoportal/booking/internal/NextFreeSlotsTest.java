package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directory's one-transaction {@link BookingService#nextFreeSlots} gives every expert the same next free slot as
 * the per-expert {@link BookingService#nextFreeSlot(long)} it replaces, the caller's own bookings still skipped.
 */
@IntegrationTest
class NextFreeSlotsTest {

    static final String STAFF = "staff@pso.example";

    @Autowired
    BookingService bookings;

    @Autowired
    ExpertService experts;

    @Autowired
    BookingFixture fixture;

    @Autowired
    EntityManagerFactory emf;

    /** Transactions, Hibernate's statements (the plain JDBC reads are not counted) and time of one round. */
    private String cost(Runnable work) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        work.run();
        String counted = stats.getTransactionCount() + " transactions, " + stats.getPrepareStatementCount()
                + " Hibernate statements";
        stats.setStatisticsEnabled(false);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return counted + ", best of 20: " + best / 1000 + " µs";
    }

    /** What the directory showed before: one call per expert. */
    private Map<Long, Instant> onePerExpert(List<Long> ids) {
        Map<Long, Instant> out = new HashMap<>();
        ids.forEach(id -> bookings.nextFreeSlot(id).ifPresent(slot -> out.put(id, slot)));
        return out;
    }

    @Test
    void everyDemoExpertGetsTheSameNextFreeSlotAsOneByOne() {
        fixture.runAs(STAFF, () -> {
            List<Long> ids = experts.search(null, null).stream()
                    .map(ExpertCard::personId)
                    .toList();
            assertThat(ids).as("the demo experts").hasSizeGreaterThan(3);
            Map<Long, Instant> before = onePerExpert(ids);
            assertThat(before).as("some demo experts are free").isNotEmpty();
            assertThat(bookings.nextFreeSlots(ids)).isEqualTo(before);
            System.out.println("Next free slot of " + ids.size() + " demo experts, one by one: "
                    + cost(() -> onePerExpert(ids)) + "; in one call: " + cost(() -> bookings.nextFreeSlots(ids)));
            return null;
        });
    }

    @Test
    void theCallersOwnBookingIsSkippedForEveryExpertAsBefore() {
        long booked = fixture.newExpert(0);
        long other = fixture.newExpert(0);
        String me = fixture.newStaff();
        Map<Long, Instant> first = fixture.runAs(me, () -> bookings.nextFreeSlots(List.of(booked, other)));
        Instant start = first.get(booked);
        assertThat(first.get(other)).isEqualTo(start);
        fixture.runAs(
                me,
                () -> bookings.book(new BookingRequest(
                        booked, fixture.activeProjectId(), start, start.plusSeconds(1800), "Mine", null)));

        Map<Long, Instant> after = fixture.runAs(me, () -> bookings.nextFreeSlots(List.of(booked, other)));
        assertThat(after.get(booked)).as("the expert is taken then").isAfter(start);
        assertThat(after.get(other)).as("free, but I am not").isAfter(start);
        assertThat(after).isEqualTo(fixture.runAs(me, () -> onePerExpert(List.of(booked, other))));
        assertThat(fixture.runAs(me, () -> bookings.nextFreeSlots(List.of()))).isEmpty();
    }
}
