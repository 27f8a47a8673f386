package org.psoportal.people.internal;

import java.util.List;
import java.util.Optional;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByEmailAndIdNot(String email, Long id);

    @Query("""
            select p from Person p
            where (:text = '' or lower(p.fullName) like concat('%', :text, '%') or p.email like concat('%', :text, '%'))
              and (:role is null or :role member of p.roles)
              and (:activeOnly = false or p.active = true)
            """)
    List<Person> search(
            @Param("text") String text,
            @Param("role") Role role,
            @Param("activeOnly") boolean activeOnly,
            Pageable pageable);

    @Query("""
            select count(p) from Person p
            where (:text = '' or lower(p.fullName) like concat('%', :text, '%') or p.email like concat('%', :text, '%'))
              and (:role is null or :role member of p.roles)
              and (:activeOnly = false or p.active = true)
            """)
    long countSearch(@Param("text") String text, @Param("role") Role role, @Param("activeOnly") boolean activeOnly);

    @Query("""
            select new org.psoportal.people.PersonSummary(p.id, p.fullName, p.email)
            from Person p join p.roles r
            where r = :role and p.active = true
            order by p.fullName
            """)
    List<PersonSummary> findActiveByRole(@Param("role") Role role);

    /** One person by id: unlike a one-element list parameter, Hibernate translates this query once and reuses it. */
    @Query("select new org.psoportal.people.PersonSummary(p.id, p.fullName, p.email) from Person p where p.id = :id")
    Optional<PersonSummary> findSummary(@Param("id") long id);

    /** Two people by id (see {@link #findSummary}). */
    @Query("select new org.psoportal.people.PersonSummary(p.id, p.fullName, p.email) from Person p"
            + " where p.id in (:a, :b)")
    List<PersonSummary> findSummaries(@Param("a") long a, @Param("b") long b);

    /** Active people with an external id: those the directory sync may find gone from the directory. */
    List<Person> findByActiveTrueAndExternalIdIsNotNull();
}
