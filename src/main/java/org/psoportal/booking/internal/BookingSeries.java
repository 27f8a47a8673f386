package org.psoportal.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A repeating booking: how it repeats; its occurrences are {@link Booking}s with this series' id. */
@Entity
@Table(name = "booking_series")
class BookingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Repetition repetition;

    @Column(name = "booked_by_id", nullable = false)
    private long bookedById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BookingSeries() {}

    BookingSeries(Repetition repetition, long bookedById, Instant createdAt) {
        this.repetition = repetition;
        this.bookedById = bookedById;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Repetition getRepetition() {
        return repetition;
    }
}
