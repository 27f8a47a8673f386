package org.psoportal.projects.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable fields of a project. */
public class ProjectForm {

    @NotBlank(message = "{project.code.required}") @Pattern(regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9-]{1,29}\\s*$", message = "{project.code.invalid}") private String code = "";

    @NotBlank(message = "{project.name.required}") @Size(max = 150, message = "{project.name.tooLong}") private String name = "";

    @NotNull(message = "{project.manager.required}") private Long managerId;

    @Size(max = 2000, message = "{project.description.tooLong}") private String description = "";

    public static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.code = p.getCode();
        f.name = p.getName();
        f.managerId = p.getManagerId();
        f.description = p.getDescription() == null ? "" : p.getDescription();
        return f;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }
}
