package org.psoportal.reminders.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {

    @Query("select r from ReminderSent r where r.startsAt >= :from and r.startsAt < :to")
    List<ReminderSent> startingBetween(@Param("from") Instant from, @Param("to") Instant to);

    @Modifying
    @Transactional
    @Query("delete from ReminderSent r where r.startsAt < :before")
    int deleteStartedBefore(@Param("before") Instant before);
}
