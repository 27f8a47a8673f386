package org.psoportal.people.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.psoportal.security.Role;

/** The editable fields of a person, bound by the administration form and validated by the service. */
public class PersonForm {

    @NotBlank(message = "{person.name.required}") @Size(max = 120, message = "{person.name.tooLong}") private String fullName = "";

    @NotBlank(message = "{person.email.required}") @Email(message = "{person.email.invalid}") @Size(max = 254, message = "{person.email.invalid}") private String email = "";

    @NotEmpty(message = "{person.roles.required}") private Set<Role> roles = EnumSet.noneOf(Role.class);

    public static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.fullName = p.getFullName();
        f.email = p.getEmail();
        f.roles = p.getRoles();
        return f;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
