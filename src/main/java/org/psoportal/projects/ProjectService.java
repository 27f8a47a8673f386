package org.psoportal.projects;

import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.internal.Project;
import org.psoportal.projects.internal.ProjectForm;
import org.psoportal.projects.internal.ProjectLookups;
import org.psoportal.projects.internal.ProjectRepository;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Access;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.UpsertOutcome;
import org.psoportal.shared.UserMessageException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects: the head of the PSO administers them; everyone signed in may pick an active one. */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ProjectService {

    private final ProjectRepository projects;
    private final PersonService people;
    private final Validator validator;
    private final ProjectLookups lookups;

    ProjectService(ProjectRepository projects, PersonService people, Validator validator, ProjectLookups lookups) {
        this.projects = projects;
        this.lookups = lookups;
        this.people = people;
        this.validator = validator;
    }

    /** Active projects, for the pickers of the board and the booking dialog. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> activeProjects() {
        return projects.findActiveSummaries();
    }

    /** All projects including closed ones, for filters over past work. */
    @Transactional(readOnly = true)
    public List<ProjectSummary> allProjects() {
        return projects.findAllSummaries();
    }

    @Transactional(readOnly = true)
    public Map<Long, ProjectSummary> summaries(Collection<Long> ids) {
        Set<Long> distinct = Set.copyOf(ids);
        // One id (a single booking's row) gets a query Hibernate can reuse (ProjectRepository.findSummary), more
        // go through plain SQL (ProjectLookups): Hibernate translates a query with a list parameter on every call.
        List<ProjectSummary> found = distinct.size() == 1
                ? projects.findSummary(distinct.iterator().next()).stream().toList()
                : lookups.summaries(distinct);
        return found.stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
    }

    /** Whether this person manages this project (need-to-know rules of other features ask). */
    @Transactional(readOnly = true)
    public boolean isManagedBy(long projectId, long personId) {
        return projects.existsByIdAndManagerId(projectId, personId);
    }

    /** Refuses, with a message naming the rule, unless the project exists and is active. */
    @Transactional(readOnly = true)
    public ProjectSummary requireActive(long projectId) {
        ProjectSummary p =
                projects.findSummary(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (!p.active()) {
            throw new UserMessageException("project.notActive", p.code());
        }
        return p;
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public List<ProjectRow> list() {
        List<Project> all = projects.findAll(Sort.by("code"));
        Map<Long, PersonSummary> managers =
                people.summaries(all.stream().map(Project::getManagerId).toList());
        return all.stream().map(p -> toRow(p, managers)).toList();
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public ProjectForm loadForm(long projectId) {
        return ProjectForm.of(get(projectId));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public ProjectRow create(ProjectForm form) {
        FormValidation.requireValid(validator, form);
        String code = Project.normalizeCode(form.getCode());
        if (projects.existsByCode(code)) {
            throw new UserMessageException("project.code.duplicate", code);
        }
        checkManager(form.getManagerId());
        Project p = projects.saveAndFlush(
                new Project(code, form.getName(), form.getManagerId(), blankToNull(form.getDescription())));
        return toRow(p, people.summaries(List.of(p.getManagerId())));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public ProjectRow update(long projectId, ProjectForm form) {
        FormValidation.requireValid(validator, form);
        Project p = get(projectId);
        String code = Project.normalizeCode(form.getCode());
        if (projects.existsByCodeAndIdNot(code, projectId)) {
            throw new UserMessageException("project.code.duplicate", code);
        }
        checkManager(form.getManagerId());
        p.setCode(code);
        p.setName(form.getName());
        p.setManagerId(form.getManagerId());
        p.setDescription(blankToNull(form.getDescription()));
        projects.saveAndFlush(p);
        return toRow(p, people.summaries(List.of(p.getManagerId())));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public ProjectRow setStatus(long projectId, ProjectStatus status) {
        Project p = get(projectId);
        p.setStatus(status);
        projects.saveAndFlush(p);
        return toRow(p, people.summaries(List.of(p.getManagerId())));
    }

    /** What {@link #importProject} would do with this project, without changing anything (the import's preview). */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public UpsertOutcome previewImport(ProjectImport project) {
        return upsertImported(project, false);
    }

    /**
     * Creates the project with the code or brings name, manager, status and description up to date, in one
     * transaction per project. The manager must be someone the portal knows ("project.manager.unknown").
     */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public UpsertOutcome importProject(ProjectImport project) {
        return upsertImported(project, true);
    }

    private UpsertOutcome upsertImported(ProjectImport in, boolean write) {
        String managerEmail = in.managerEmail() == null ? "" : in.managerEmail().trim();
        PersonSummary manager = people.findByEmail(managerEmail)
                .orElseThrow(() -> new UserMessageException("project.manager.unknown", managerEmail));
        ProjectForm form = new ProjectForm();
        form.setCode(in.code());
        form.setName(in.name());
        form.setManagerId(manager.id());
        form.setDescription(in.description());
        FormValidation.requireValid(validator, form);
        String code = Project.normalizeCode(form.getCode());
        String name = SafeText.singleLine(form.getName());
        String description = blankToNull(form.getDescription());
        var existing = projects.findByCode(code);
        if (existing.isEmpty()) {
            if (write) {
                Project created = new Project(code, name, manager.id(), description);
                if (in.status() != null) {
                    created.setStatus(in.status());
                }
                projects.saveAndFlush(created);
            }
            return UpsertOutcome.CREATED;
        }
        Project p = existing.get();
        ProjectStatus status = in.status() == null ? p.getStatus() : in.status();
        if (p.getName().equals(name)
                && p.getManagerId().equals(manager.id())
                && p.getStatus() == status
                && Objects.equals(p.getDescription(), description)) {
            return UpsertOutcome.UNCHANGED;
        }
        if (write) {
            p.setName(name);
            p.setManagerId(manager.id());
            p.setStatus(status);
            p.setDescription(description);
            projects.saveAndFlush(p);
        }
        return UpsertOutcome.UPDATED;
    }

    private void checkManager(Long managerId) {
        if (managerId == null || people.summary(managerId).isEmpty()) {
            throw new UserMessageException("project.manager.required");
        }
    }

    private Project get(long projectId) {
        return projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
    }

    private ProjectRow toRow(Project p, Map<Long, PersonSummary> managers) {
        PersonSummary m = managers.get(p.getManagerId());
        return new ProjectRow(
                p.getId(),
                p.getCode(),
                p.getName(),
                p.getManagerId(),
                m == null ? "?" : m.fullName(),
                p.getStatus(),
                p.getDescription());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
