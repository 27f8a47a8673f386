package org.psoportal.training.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndPersonId(long sessionId, long personId);

    /** The person's latest registration, for the project the next one most likely is for. */
    Optional<Registration> findFirstByPersonIdOrderByRegisteredAtDesc(long personId);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    /** The waitlist in arrival order. */
    List<Registration> findBySessionIdAndStatusOrderByQueueNo(long sessionId, RegistrationStatus status);

    /** Seated first, then the waitlist, each in arrival order: the attendee list. */
    @Query("""
            select r from Registration r
            where r.sessionId = :sessionId
              and r.status <> org.psoportal.training.internal.RegistrationStatus.CANCELLED
            order by r.status, r.queueNo
            """)
    List<Registration> active(@Param("sessionId") long sessionId);

    @Query("select coalesce(max(r.queueNo), 0) from Registration r where r.sessionId = :sessionId")
    int lastQueueNo(@Param("sessionId") long sessionId);

    /** Per session and status, the number of registrations: [sessionId, status, count]. */
    @Query("""
            select r.sessionId, r.status, count(r) from Registration r
            where r.sessionId in :sessionIds
              and r.status <> org.psoportal.training.internal.RegistrationStatus.CANCELLED
            group by r.sessionId, r.status
            """)
    List<Object[]> counts(@Param("sessionIds") Collection<Long> sessionIds);

    @Query("""
            select r from Registration r
            where r.personId = :personId and r.sessionId in :sessionIds
              and r.status <> org.psoportal.training.internal.RegistrationStatus.CANCELLED
            """)
    List<Registration> mine(@Param("personId") long personId, @Param("sessionIds") Collection<Long> sessionIds);

    @Query("""
            select r.sessionId from Registration r
            where r.personId = :personId
              and r.status <> org.psoportal.training.internal.RegistrationStatus.CANCELLED
            """)
    List<Long> sessionsOf(@Param("personId") long personId);

    /** Seated registrations of sessions, for reminders and messages. */
    @Query("""
            select r from Registration r
            where r.sessionId in :sessionIds
              and r.status = org.psoportal.training.internal.RegistrationStatus.SEATED
            """)
    List<Registration> seatedIn(@Param("sessionIds") Collection<Long> sessionIds);
}
