package org.psoportal.training.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    /**
     * SELECT ... FOR UPDATE of the session row: every change to a session's registrations holds it, so MariaDB runs
     * them one at a time per session and the seat count read under it is the latest committed one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from TrainingSession s where s.id = :id")
    Optional<TrainingSession> lock(@Param("id") long id);

    /** Sessions that have not ended, from a time on, optionally of one skill and one expert, in time order. */
    @Query("""
            select s from TrainingSession s
            where s.endAt > :from
              and (:skill is null or s.skill = :skill)
              and (:expertId is null or s.expertId = :expertId)
              and (s.status = org.psoportal.training.internal.SessionStatus.SCHEDULED or :withCancelled = true)
            order by s.startAt, s.id
            """)
    List<TrainingSession> upcoming(
            @Param("from") Instant from,
            @Param("skill") String skill,
            @Param("expertId") Long expertId,
            @Param("withCancelled") boolean withCancelled,
            Pageable page);

    List<TrainingSession> findBySeriesIdOrderByStartAt(long seriesId);

    @Query("select max(s.id) from TrainingSession s")
    Optional<Long> maxId();

    /** Scheduled sessions starting in [from, to), for reminders. */
    @Query("""
            select s from TrainingSession s
            where s.startAt >= :from and s.startAt < :to
              and s.status = org.psoportal.training.internal.SessionStatus.SCHEDULED
            """)
    List<TrainingSession> startingBetween(@Param("from") Instant from, @Param("to") Instant to);
}
