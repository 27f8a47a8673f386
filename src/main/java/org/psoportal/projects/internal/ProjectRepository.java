package org.psoportal.projects.internal;

import java.util.List;
import java.util.Optional;
import org.psoportal.projects.ProjectSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProjectRepository extends JpaRepository<Project, Long> {

    boolean existsByCode(String code);

    Optional<Project> findByCode(String code);

    boolean existsByIdAndManagerId(Long id, Long managerId);

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

    /**
     * One project by id. Not {@code findSummaries(List.of(id))}: Hibernate translates a query with a list
     * parameter anew on every call, which made this check a visible part of a booking (docs/performance.md).
     */
    @Query("""
            select new org.psoportal.projects.ProjectSummary(p.id, p.code, p.name, p.status)
            from Project p where p.id = :id
            """)
    Optional<ProjectSummary> findSummary(@Param("id") long id);
}
