package org.psoportal.booking.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingSeriesRepository extends JpaRepository<BookingSeries, Long> {}
