package nl.bordspiegel.school;

import java.util.Set;

/** A person as the admin manages them: with e-mail, whether they can sign in, and whether they set a password. */
public record StaffMember(long id, String name, String email, Set<nl.bordspiegel.shared.Role> roles, boolean active,
                          boolean hasPassword) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }
}
