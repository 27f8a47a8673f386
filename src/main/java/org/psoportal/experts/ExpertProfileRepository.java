package org.psoportal.experts;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {

    /** SELECT ... FOR UPDATE on the profile row: serialises all bookings of one expert. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from ExpertProfile e where e.personId = :id")
    Optional<ExpertProfile> lockById(@Param("id") long id);
}
