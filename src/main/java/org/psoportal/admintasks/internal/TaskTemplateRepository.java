package org.psoportal.admintasks.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TaskTemplateRepository extends JpaRepository<TaskTemplate, Long> {

    @Query("select t.id from TaskTemplate t where t.active = true and t.nextRun <= :today order by t.nextRun, t.id")
    List<Long> findDueIds(LocalDate today);

    /** 1 when the project has this status (projects are master data, which every module may read), else 0. */
    @Query(value = "SELECT COUNT(*) FROM project p WHERE p.id = :projectId AND p.status = :status", nativeQuery = true)
    long countProjectInStatus(long projectId, String status);

    /** SELECT ... FOR UPDATE: whoever holds it is the only one creating this template's next card. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TaskTemplate t where t.id = :id")
    Optional<TaskTemplate> lockById(long id);
}
