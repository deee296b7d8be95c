package nl.bordspiegel.security;

import java.util.Optional;
import java.util.Set;

import nl.bordspiegel.shared.Role;

/**
 * Where password hashes live. The {@code school} feature owns the person table and
 * implements this, so security can set passwords without depending on it (which would
 * make a cycle: school already uses {@link CurrentUser}).
 */
public interface AccountPasswords {

    Optional<Account> account(long personId);

    void storePasswordHash(long personId, String passwordHash);

    /**
     * The little security needs to know about an account, read fresh for every request:
     * a role taken away or a deactivation counts at once.
     */
    record Account(long personId, long schoolId, String name, String email, String schoolName, boolean demoSchool,
                   boolean active, String passwordHash, Set<Role> roles) {
        public Account {
            roles = Set.copyOf(roles);
        }
    }
}
