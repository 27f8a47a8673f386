package org.psoportal.experts;

import java.util.List;

/**
 * One expert profile as a bulk import file gives it: the expert by e-mail (a person with the expert role), the
 * headline, the skills and the weekly capacity in hours (null keeps the profile's, 20 for a new one). Everything
 * else of the profile (working hours, rules, time off) stays as the expert keeps it.
 */
public record ExpertProfileImport(String email, String headline, List<String> skills, Integer weeklyCapacityHours) {

    public ExpertProfileImport {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
