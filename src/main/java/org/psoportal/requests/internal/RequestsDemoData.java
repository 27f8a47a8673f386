package org.psoportal.requests.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.requests.TargetUnit;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityContexts;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The demo catalogue: eight request types the PSO offers, with their forms and targets, and a few requests staff
 * filed through them (with answers and a receipt), all through the secured service as the head and as staff.
 */
@Component
class RequestsDemoData implements DemoDataContributor {

    private final RequestService requests;
    private final PersonService people;
    private final ProjectService projects;

    RequestsDemoData(RequestService requests, PersonService people, ProjectService projects) {
        this.requests = requests;
        this.people = people;
        this.projects = projects;
    }

    @Override
    public int order() {
        return 70; // after people, projects and the board
    }

    private static FormField f(String label, FieldKind kind, boolean required) {
        return new FormField(null, label, kind, required, null, null, null, List.of());
    }

    private static FormField money(String label, boolean required, String min, String max) {
        return new FormField(
                null,
                label,
                FieldKind.MONEY,
                required,
                null,
                min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max),
                List.of("EUR", "CHF", "GBP"));
    }

    private static FormField number(String label, String min, String max) {
        return new FormField(
                null, label, FieldKind.NUMBER, true, null, new BigDecimal(min), new BigDecimal(max), List.of());
    }

    private static FormField choice(String label, boolean required, String... choices) {
        return new FormField(null, label, FieldKind.CHOICE, required, null, null, null, List.of(choices));
    }

    private static FormField text(String label, boolean required, int max) {
        return new FormField(null, label, FieldKind.SHORT_TEXT, required, max, null, null, List.of());
    }

    @Override
    public void load(DemoContext context) {
        List<PersonSummary> heads = people.activeWithRole(Role.HEAD);
        List<PersonSummary> admins = people.activeWithRole(Role.ADMINISTRATOR);
        List<PersonSummary> staff = people.activeWithRole(Role.STAFF);
        List<ProjectSummary> active = projects.activeProjects();
        if (heads.isEmpty() || admins.isEmpty() || staff.size() < 3 || active.isEmpty()) {
            return;
        }
        Map<String, Long> types = new HashMap<>();
        as(heads.getFirst(), Role.HEAD, () -> {
            types.put(
                    "expense",
                    requests.createType(new RequestTypeDraft(
                            "Expense claim",
                            "Get back what you paid for the project: travel, meals, materials. Attach the receipt.",
                            "EXPENSES",
                            AssigneeRule.LEAST_LOADED,
                            null,
                            2,
                            TargetUnit.WORKING_DAYS,
                            "Check the receipt against the amount\nBook in the ledger\nRelease the payment",
                            1,
                            new FormDefinition(List.of(
                                    money("Amount", true, "0.01", "10000"),
                                    f("Date of purchase", FieldKind.DATE, true),
                                    text("Supplier", true, 120),
                                    f("What it was for", FieldKind.LONG_TEXT, false),
                                    f("Receipt", FieldKind.ATTACHMENT, true))))));
            types.put(
                    "invoice",
                    requests.createType(new RequestTypeDraft(
                            "Supplier invoice",
                            "An invoice a supplier sent for the project: we check it, get it approved and pay it on time.",
                            "INVOICING",
                            AssigneeRule.PERSON,
                            admins.getFirst().id(),
                            3,
                            TargetUnit.WORKING_DAYS,
                            "Match with the purchase order\nGet the approval\nSchedule the payment",
                            2,
                            new FormDefinition(List.of(
                                    text("Supplier", true, 120),
                                    text("Invoice number", true, 40),
                                    money("Amount", true, "0.01", null),
                                    f("Payment due", FieldKind.DATE, true),
                                    f("Invoice", FieldKind.ATTACHMENT, true))))));
            types.put(
                    "po",
                    requests.createType(new RequestTypeDraft(
                            "Purchase order",
                            "Buy something for the project: we get quotes if needed and place the order.",
                            "PAPERWORK",
                            AssigneeRule.LEAST_LOADED,
                            null,
                            3,
                            TargetUnit.WORKING_DAYS,
                            "Check the budget\nPlace the order\nFile the confirmation",
                            3,
                            new FormDefinition(List.of(
                                    text("Item", true, 200),
                                    number("Quantity", "1", "10000"),
                                    money("Estimated amount", true, "0.01", "50000"),
                                    text("Preferred supplier", false, 120),
                                    f("Needed by", FieldKind.DATE, false),
                                    f("Budget approver", FieldKind.PERSON, true))))));
            types.put(
                    "timesheet",
                    requests.createType(new RequestTypeDraft(
                            "Timesheet correction",
                            "Hours booked on the wrong project or week: tell us and we correct them.",
                            "DATA_ENTRY",
                            AssigneeRule.LEAST_LOADED,
                            null,
                            8,
                            TargetUnit.WORKING_HOURS,
                            null,
                            4,
                            new FormDefinition(List.of(
                                    f("Whose timesheet", FieldKind.PERSON, true),
                                    f("Week starting", FieldKind.DATE, true),
                                    number("Hours to move", "0.25", "80"),
                                    text("Move to project", true, 60),
                                    f("Reason", FieldKind.LONG_TEXT, false))))));
            types.put(
                    "travel",
                    requests.createType(new RequestTypeDraft(
                            "Travel booking",
                            "Trains, flights and hotels for project travel, booked within the travel policy.",
                            "PAPERWORK",
                            AssigneeRule.LEAST_LOADED,
                            null,
                            2,
                            TargetUnit.WORKING_DAYS,
                            "Book the travel\nBook the hotel\nSend the tickets",
                            5,
                            new FormDefinition(List.of(
                                    f("Traveller", FieldKind.PERSON, true),
                                    text("Destination", true, 120),
                                    f("Departure", FieldKind.DATE, true),
                                    f("Return", FieldKind.DATE, false),
                                    choice("Travel by", true, "Train", "Plane", "Car", "Any"),
                                    money("Budget", false, "1", "20000"))))));
            types.put(
                    "data",
                    requests.createType(new RequestTypeDraft(
                            "Data entry into a system",
                            "Enter or update data in the project systems from a list or a spreadsheet.",
                            "DATA_ENTRY",
                            AssigneeRule.NONE,
                            null,
                            3,
                            TargetUnit.WORKING_DAYS,
                            null,
                            6,
                            new FormDefinition(List.of(
                                    choice("System", true, "SAP", "Jira", "Project database", "Other"),
                                    f("What to enter", FieldKind.LONG_TEXT, true),
                                    f("Spreadsheet", FieldKind.ATTACHMENT, false))))));
            types.put(
                    "report",
                    requests.createType(new RequestTypeDraft(
                            "Report",
                            "A funder report, a monthly status or a budget overview prepared from the project's figures.",
                            "REPORTING",
                            AssigneeRule.LEAST_LOADED,
                            null,
                            5,
                            TargetUnit.WORKING_DAYS,
                            "Collect the figures\nDraft\nReview with the project manager",
                            7,
                            new FormDefinition(List.of(
                                    choice(
                                            "Report",
                                            true,
                                            "Funder report",
                                            "Monthly status",
                                            "Budget overview",
                                            "Other"),
                                    text("Period", true, 60),
                                    f("Deadline", FieldKind.DATE, true),
                                    f("Notes", FieldKind.LONG_TEXT, false))))));
            types.put(
                    "access",
                    requests.createType(new RequestTypeDraft(
                            "Access request",
                            "Access to a project system for you or a new colleague.",
                            "OTHER",
                            AssigneeRule.PERSON,
                            admins.get(Math.min(1, admins.size() - 1)).id(),
                            4,
                            TargetUnit.WORKING_HOURS,
                            "Check with the project manager\nGrant the access\nTell the person",
                            8,
                            new FormDefinition(List.of(
                                    choice("System", true, "SAP", "Jira", "Project database", "Shared drive"),
                                    f("For whom", FieldKind.PERSON, true),
                                    choice("Access", true, "Read", "Write", "Administer"),
                                    text("Why", false, 200))))));
        });

        LocalDate today = LocalDate.now(context.clock());
        byte[] receipt = "%PDF-1.4\n% demo receipt: train ticket Zurich-Bern\n".getBytes(StandardCharsets.US_ASCII);
        PersonSummary sofia = staff.stream()
                .filter(p -> p.email().equals("staff@pso.example"))
                .findFirst()
                .orElse(staff.getFirst());
        PersonSummary other = staff.stream().filter(p -> p != sofia).findFirst().orElseThrow();
        long project = active.getFirst().id();
        long project2 = active.get(Math.min(1, active.size() - 1)).id();
        as(sofia, Role.STAFF, () -> {
            RequestType expense = requests.type(types.get("expense"));
            requests.file(new RequestDraft(
                    expense.id(),
                    "Train tickets for the partner meeting in Bern",
                    project,
                    "NORMAL",
                    null,
                    null,
                    answers(
                            expense,
                            "84.60 CHF",
                            today.minusDays(3).toString(),
                            "SBB",
                            "Return ticket Zurich-Bern, 2nd class",
                            null),
                    Map.of(key(expense, "Receipt"), List.of(new TaskFiling.File("sbb-ticket.pdf", receipt)))));
            RequestType access = requests.type(types.get("access"));
            requests.file(new RequestDraft(
                    access.id(),
                    "Jira access for our new intern",
                    project,
                    "HIGH",
                    today.plusDays(2),
                    null,
                    answers(access, "Jira", String.valueOf(other.id()), "Write", "Starts on Monday", null),
                    Map.of()));
        });
        as(other, Role.STAFF, () -> {
            RequestType timesheet = requests.type(types.get("timesheet"));
            requests.file(new RequestDraft(
                    timesheet.id(),
                    "Hours booked on the wrong project",
                    project2,
                    "NORMAL",
                    null,
                    null,
                    answers(
                            timesheet,
                            String.valueOf(other.id()),
                            today.minusWeeks(1).with(java.time.DayOfWeek.MONDAY).toString(),
                            "6.5",
                            "the other project",
                            "Tuesday's workshop belongs to the other project."),
                    Map.of()));
            RequestType travel = requests.type(types.get("travel"));
            requests.file(new RequestDraft(
                    travel.id(),
                    "Trip to the consortium meeting in Lyon",
                    project2,
                    "NORMAL",
                    today.plusDays(10),
                    "I prefer a morning train.",
                    answers(
                            travel,
                            String.valueOf(other.id()),
                            "Lyon",
                            today.plusDays(14).toString(),
                            today.plusDays(16).toString(),
                            "Train",
                            "600 EUR"),
                    Map.of()));
        });
    }

    /** The answers in the form's order (nulls left out). */
    private static Map<String, String> answers(RequestType type, String... values) {
        Map<String, String> a = new HashMap<>();
        List<FormField> fields = type.form().fields();
        for (int i = 0; i < values.length && i < fields.size(); i++) {
            if (values[i] != null) {
                a.put(fields.get(i).key(), values[i]);
            }
        }
        return a;
    }

    private static String key(RequestType type, String label) {
        return type.form().fields().stream()
                .filter(f -> f.label().equals(label))
                .findFirst()
                .orElseThrow()
                .key();
    }

    private static void as(PersonSummary person, Role role, Runnable work) {
        PortalUser user = new PortalUser(person.id(), person.email(), person.fullName(), "", true, EnumSet.of(role));
        SecurityContexts.runAs(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }
}
