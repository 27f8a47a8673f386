package org.psoportal.admintasks.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

    List<HistoryEntry> findByTaskIdOrderByAtDescIdDesc(long taskId);
}
