package org.psoportal.people.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectorySyncRunRepository extends JpaRepository<DirectorySyncRun, Long> {

    List<DirectorySyncRun> findTop10ByOrderByStartedAtDesc();
}
