package nl.bordspiegel.security;

import java.util.Optional;

/**
 * Where password hashes live. The {@code school} feature owns the person table and
 * implements this, so security can set passwords without depending on it (which would
 * make a cycle: school already uses {@link CurrentUser}).
 */
public interface AccountPasswords {

    Optional<Account> account(long personId);

    void storePasswordHash(long personId, String passwordHash);

    /** The little security needs to know about an account. */
    record Account(long personId, long schoolId, String name, boolean active, String passwordHash) {
    }
}
