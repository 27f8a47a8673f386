package org.psoportal.admintasks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskAttachmentRepository extends JpaRepository<TaskAttachment, Long> {

    /** The list without the file contents. */
    @Query("""
            select new org.psoportal.admintasks.internal.AttachmentInfo(a.id, a.taskId, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedById, a.uploadedAt)
            from TaskAttachment a where a.taskId = :taskId order by a.uploadedAt, a.id
            """)
    List<AttachmentInfo> findInfos(long taskId);
}
