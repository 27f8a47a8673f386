package org.psoportal.experts.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seven demo experts with skills, hours (some with split days) and time off around today. */
@Component
class ExpertsDemoData implements DemoDataContributor {

    private record Demo(
            String name,
            String headline,
            List<String> skills,
            int capacity,
            int slot,
            int buffer,
            boolean approval,
            String hours) {}

    private static final List<Demo> DEMO = List.of(
            new Demo(
                    "Erik Engel",
                    "CRM tool expert",
                    List.of("CRM", "Salesforce", "Data migration", "Reporting"),
                    20,
                    30,
                    15,
                    false,
                    "09:00-12:00,13:00-17:00"),
            new Demo(
                    "Grace Liu",
                    "PM tool expert",
                    List.of("Jira", "MS Project", "Agile coaching", "Reporting"),
                    16,
                    30,
                    15,
                    false,
                    "08:30-12:30"),
            new Demo(
                    "Mateo Rossi",
                    "Graphic designer",
                    List.of("Branding", "Figma", "Presentations", "Print"),
                    24,
                    30,
                    0,
                    true,
                    "10:00-13:00,14:00-18:00"),
            new Demo(
                    "Priya Nair",
                    "Data analyst",
                    List.of("Power BI", "SQL", "Excel", "Survey analysis"),
                    20,
                    15,
                    15,
                    false,
                    "09:00-12:00,13:00-16:00"),
            new Demo(
                    "Jonas Weber",
                    "ERP and finance systems expert",
                    List.of("SAP", "ERP", "Finance", "Data migration"),
                    12,
                    30,
                    30,
                    true,
                    "09:00-12:00,13:00-15:00"),
            new Demo(
                    "Nora Lindqvist",
                    "UX researcher",
                    List.of("User interviews", "Usability testing", "Figma", "Survey analysis"),
                    16,
                    30,
                    15,
                    false,
                    "09:00-15:00"),
            new Demo(
                    "Tomás Ortega",
                    "Cloud and integration engineer",
                    List.of("Azure", "APIs", "SharePoint", "Power Automate"),
                    20,
                    30,
                    15,
                    false,
                    "08:00-12:00,13:00-16:30"));

    private final ExpertProfileRepository profiles;
    private final PersonService people;

    ExpertsDemoData(ExpertProfileRepository profiles, PersonService people) {
        this.profiles = profiles;
        this.people = people;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        Map<String, PersonSummary> experts = people.activeWithRole(Role.EXPERT).stream()
                .collect(Collectors.toMap(PersonSummary::fullName, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(context.clock());
        int i = 0;
        for (Demo d : DEMO) {
            PersonSummary person = experts.get(d.name());
            if (person == null) {
                continue;
            }
            ExpertProfileForm f = new ExpertProfileForm();
            f.setHeadline(d.headline());
            f.setBio(d.name() + " helps projects with "
                    + String.join(", ", d.skills()).toLowerCase() + ".");
            f.setSkills(d.skills());
            f.setWeeklyCapacityHours(d.capacity());
            f.setSlotMinutes(d.slot());
            f.setBufferMinutes(d.buffer());
            f.setMinLengthMinutes(d.slot() == 15 ? 30 : 30);
            f.setMaxLengthMinutes(180);
            f.setMinNoticeMinutes(120);
            f.setHorizonDays(56);
            f.setRequiresApproval(d.approval());
            f.setHours(hours(d.hours(), i % 3 == 2));
            // Time off: one block in the past, one coming up, at different times for each expert.
            LocalDate past = today.minusDays(20 + 5L * i);
            LocalDate coming = today.plusDays(6 + 4L * i);
            f.setTimeOff(List.of(
                    new TimeOff(past, past.plusDays(2), "Holiday"),
                    new TimeOff(coming, coming.plusDays(i % 2 == 0 ? 1 : 4), i % 2 == 0 ? "Training" : "Holiday")));
            ExpertProfile p = new ExpertProfile(person.id(), d.headline());
            p.apply(f);
            profiles.save(p);
            i++;
        }
    }

    /** The same hours Monday to Friday; some experts keep Friday afternoons free. */
    private static List<WorkingHours> hours(String spec, boolean shortFriday) {
        List<WorkingHours> out = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            String[] parts = spec.split(",");
            for (int k = 0; k < (shortFriday && day == DayOfWeek.FRIDAY ? 1 : parts.length); k++) {
                String[] ends = parts[k].split("-");
                out.add(new WorkingHours(day, LocalTime.parse(ends[0]), LocalTime.parse(ends[1])));
            }
        }
        return out;
    }
}
