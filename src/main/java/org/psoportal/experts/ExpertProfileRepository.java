package org.psoportal.experts;

import org.springframework.data.jpa.repository.JpaRepository;

/** The booking path locks a profile with {@link ScheduleLock}, not through this repository. */
interface ExpertProfileRepository extends JpaRepository<ExpertProfile, Long> {}
