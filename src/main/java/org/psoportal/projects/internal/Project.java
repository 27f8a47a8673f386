package org.psoportal.projects.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.shared.SafeText;

/** A project the PSO serves. Other features refer to it by id and only accept active projects. */
@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 150)
    private String name;

    /** The project manager (a person); referred to by id to keep features apart. */
    @Column(name = "manager_id", nullable = false)
    private Long managerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectStatus status = ProjectStatus.ACTIVE;

    @Column(length = 2000)
    private String description;

    @Version
    private long version;

    protected Project() {}

    public Project(String code, String name, long managerId, String description) {
        this.code = normalizeCode(code);
        this.name = SafeText.singleLine(name);
        this.managerId = managerId;
        this.description = description;
    }

    public static String normalizeCode(String code) {
        return code == null ? null : SafeText.singleLine(code).toUpperCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = normalizeCode(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = SafeText.singleLine(name);
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }
}
