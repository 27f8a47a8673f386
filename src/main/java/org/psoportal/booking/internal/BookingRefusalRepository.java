package org.psoportal.booking.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRefusalRepository extends JpaRepository<BookingRefusal, Long> {

    long countByExpertId(Long expertId);
}
