package org.psoportal.admintasks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByTaskIdOrderByPosition(long taskId);

    long countByTaskId(long taskId);

    /** [total, done] of one card's checklist, or nothing without one. */
    @Query("""
            select count(c), sum(case when c.done = true then 1 else 0 end)
            from ChecklistItem c where c.taskId = :taskId group by c.taskId
            """)
    List<Object[]> progress(long taskId);
}
