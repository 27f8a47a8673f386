package org.psoportal.projects;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);

    @Query("""
            select new org.psoportal.projects.ProjectSummary(p.id, p.code, p.name, p.status)
            from Project p order by p.code
            """)
    List<ProjectSummary> findAllSummaries();

    @Query("""
            select new org.psoportal.projects.ProjectSummary(p.id, p.code, p.name, p.status)
            from Project p where p.status = org.psoportal.projects.ProjectStatus.ACTIVE order by p.code
            """)
    List<ProjectSummary> findActiveSummaries();

    @Query("""
            select new org.psoportal.projects.ProjectSummary(p.id, p.code, p.name, p.status)
            from Project p where p.id in :ids
            """)
    List<ProjectSummary> findSummaries(Collection<Long> ids);
}
