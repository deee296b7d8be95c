package nl.bordspiegel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.bordspiegel.shared.Role;

/**
 * Who is signed in: the principal kept in the security context. It carries ids, not
 * entities, so a web session stays small. The password hash is erased right after sign-in
 * ({@link CredentialsContainer}); what stays is a short stamp of it, so a session can tell
 * that the password changed since and end itself. Roles here are those at sign-in:
 * {@link CurrentUser} and {@link SessionGuard} read the current ones per request.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final long personId;
    private final long schoolId;
    private final String name;
    private final String email;
    private final String passwordStamp;
    private final boolean active;
    private final Set<Role> roles;
    private String passwordHash;

    public SignedInUser(long personId, long schoolId, String name, String email, String passwordHash,
                        boolean active, Set<Role> roles) {
        this(personId, schoolId, name, email, passwordHash, stamp(passwordHash), active, roles);
    }

    private SignedInUser(long personId, long schoolId, String name, String email, String passwordHash,
                         String passwordStamp, boolean active, Set<Role> roles) {
        this.personId = personId;
        this.schoolId = schoolId;
        this.name = name;
        this.email = email;
        this.passwordHash = passwordHash;
        this.passwordStamp = passwordStamp;
        this.active = active;
        this.roles = Set.copyOf(roles);
    }

    /** The same person with the roles they hold now (the hash stays erased). */
    SignedInUser withRoles(Set<Role> current) {
        return new SignedInUser(personId, schoolId, name, email, null, passwordStamp, active, current);
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

    /** Whether this sign-in was made with the password the account has now. */
    boolean signedInWith(String currentPasswordHash) {
        return passwordStamp.equals(stamp(currentPasswordHash));
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

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** A short digest of the hash: enough to notice a change, useless for guessing the password. */
    static String stamp(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
