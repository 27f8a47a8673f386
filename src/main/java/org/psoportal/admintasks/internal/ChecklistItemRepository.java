package org.psoportal.admintasks.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

    List<ChecklistItem> findByTaskIdOrderByPosition(long taskId);

    long countByTaskId(long taskId);

    /** [taskId, total, done] for many cards in one statement. */
    @Query("""
            select c.taskId, count(c), sum(case when c.done = true then 1 else 0 end)
            from ChecklistItem c where c.taskId in :taskIds group by c.taskId
            """)
    List<Object[]> progress(Collection<Long> taskIds);
}
