package org.psoportal.experts.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The booking path locks a profile with {@link ScheduleLock}, not through this repository. */
public interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {}
