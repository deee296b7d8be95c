package nl.bordspiegel.school;

import java.util.Set;

import nl.bordspiegel.shared.Role;

/** A person as other features see it: id, name and roles, never the login secrets. */
public record PersonSummary(long id, String name, Set<Role> roles) {

    public PersonSummary {
        roles = Set.copyOf(roles);
    }
}
