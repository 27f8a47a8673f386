package org.psoportal.admintasks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskCommentRepository extends JpaRepository<TaskComment, Long> {

    List<TaskComment> findByTaskIdOrderByCreatedAtAscIdAsc(long taskId);
}
