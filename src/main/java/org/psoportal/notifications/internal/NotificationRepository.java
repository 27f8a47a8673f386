package org.psoportal.notifications.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.personId = :p order by n.createdAt desc, n.id desc")
    List<Notification> latest(@Param("p") long personId, Pageable page);

    @Query("select count(n) from Notification n where n.personId = :p and n.readAt is null")
    long countUnread(@Param("p") long personId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.personId = :p and n.readAt is null")
    int markAllRead(@Param("p") long personId, @Param("at") Instant at);

    /** The people with notes waiting for their daily digest. */
    @Query("select distinct n.personId from Notification n where n.digestState = '" + Notification.DIGEST_PENDING + "'")
    List<Long> peopleWithDigestPending();

    /**
     * A person's notes waiting for the digest, oldest first, locked: a second digest run (another instance) waits,
     * then finds them sent.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Notification n where n.personId = :p and n.digestState = '" + Notification.DIGEST_PENDING
            + "' order by n.createdAt, n.id")
    List<Notification> lockDigestPending(@Param("p") long personId);
}
