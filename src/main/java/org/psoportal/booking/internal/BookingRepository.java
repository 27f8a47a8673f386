package org.psoportal.booking.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    String HOLDING = "select b from Booking b where b.expertId = :expertId and b.status "
            + BookingStatus.HOLDING_TIME_JPQL
            + " and b.startAt < :to and b.endAt > :from and b.startAt > :earliest order by b.startAt";

    /**
     * A booking lies inside one day's working hours, so one that ends after {@code from} started less than this
     * before it. The extra bound {@code startAt > from - MAX_SPAN} turns "startAt < to" (all the expert's bookings
     * since the beginning) into a short range of the (expert_id, start_at, end_at) index.
     */
    java.time.Duration MAX_SPAN = java.time.Duration.ofDays(2);

    @Query(HOLDING)
    List<Booking> holding(
            @Param("expertId") long expertId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("earliest") Instant earliest);

    /** The expert's bookings that hold time ({@link BookingStatus#HOLDING_TIME}) and overlap [from, to). */
    default List<Booking> holding(long expertId, Instant from, Instant to) {
        return holding(expertId, from, to, from.minus(MAX_SPAN));
    }

    /** Everything shown in an expert's calendar week: the bookings that hold time (cancelled ones free it). */
    @Query("select b from Booking b where b.expertId = :expertId and b.startAt < :to and b.endAt > :from"
            + " and b.startAt > :earliest and b.status " + BookingStatus.HOLDING_TIME_JPQL + " order by b.startAt")
    List<Booking> inWeek(
            @Param("expertId") long expertId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("earliest") Instant earliest);

    default List<Booking> inWeek(long expertId, Instant from, Instant to) {
        return inWeek(expertId, from, to, from.minus(MAX_SPAN));
    }

    @Query("select b from Booking b where b.bookedById = :p and b.endAt >= :now order by b.startAt, b.id")
    List<Booking> upcomingBookedBy(@Param("p") long personId, @Param("now") Instant now, Pageable page);

    @Query("select count(b) from Booking b where b.bookedById = :p and b.endAt >= :now")
    long countUpcomingBookedBy(@Param("p") long personId, @Param("now") Instant now);

    @Query("select b from Booking b where b.bookedById = :p and b.endAt < :now order by b.startAt desc, b.id")
    List<Booking> pastBookedBy(@Param("p") long personId, @Param("now") Instant now, Pageable page);

    @Query("select count(b) from Booking b where b.bookedById = :p and b.endAt < :now")
    long countPastBookedBy(@Param("p") long personId, @Param("now") Instant now);

    @Query("select b from Booking b where b.expertId = :p and b.endAt >= :now order by b.startAt, b.id")
    List<Booking> upcomingForExpert(@Param("p") long expertId, @Param("now") Instant now, Pageable page);

    @Query("select count(b) from Booking b where b.expertId = :p and b.endAt >= :now")
    long countUpcomingForExpert(@Param("p") long expertId, @Param("now") Instant now);

    /** A person's calendar feed: their bookings as expert and as booker in a bounded window. */
    @Query("""
            select b from Booking b where (b.expertId = :p or b.bookedById = :p) and b.startAt >= :from
            order by b.startAt
            """)
    List<Booking> forFeed(@Param("p") long personId, @Param("from") Instant from, Pageable page);

    /** A person's own bookings (as booker or as expert) that hold time and overlap [from, to). */
    @Query("select b from Booking b where (b.bookedById = :p or b.expertId = :p)"
            + " and b.startAt < :to and b.endAt > :from and b.startAt > :earliest and b.status "
            + BookingStatus.HOLDING_TIME_JPQL + " order by b.startAt")
    List<Booking> ownHolding(
            @Param("p") long personId,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("earliest") Instant earliest);

    default List<Booking> ownHolding(long personId, Instant from, Instant to) {
        return ownHolding(personId, from, to, from.minus(MAX_SPAN));
    }

    /** The occurrences of a repeating booking, in time order (cancelled and declined ones included). */
    @Query("select b from Booking b where b.seriesId = :series order by b.startAt, b.id")
    List<Booking> inSeries(@Param("series") long seriesId);
}
