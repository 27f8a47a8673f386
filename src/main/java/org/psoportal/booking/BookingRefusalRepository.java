package org.psoportal.booking;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRefusalRepository extends JpaRepository<BookingRefusal, Long> {

    long countByExpertId(Long expertId);
}
