package nl.bordspiegel.security;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.bordspiegel.shared.Role;

/**
 * Who is signed in: the principal kept in the security context. It carries ids, not
 * entities, so a web session stays small and never goes stale on other data.
 */
public final class SignedInUser implements UserDetails {

    private final long personId;
    private final long schoolId;
    private final String name;
    private final String email;
    private final String passwordHash;
    private final boolean active;
    private final Set<Role> roles;

    public SignedInUser(long personId, long schoolId, String name, String email, String passwordHash,
                        boolean active, Set<Role> roles) {
        this.personId = personId;
        this.schoolId = schoolId;
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.active = active;
        this.roles = Set.copyOf(roles);
    }

    public long personId() {
        return personId;
    }

    public long schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
