package nl.bordspiegel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

/**
 * Passwords: a signed-in user changes their own; an admin makes a one-time link for a
 * colleague of the same school (shown on screen: there is no mail server); whoever holds
 * the link sets that colleague's password once, before it expires.
 */
@Service
@Transactional
public class PasswordService {

    /** Long enough to reach a new colleague the same week, short enough that a lost link dies. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(3);
    private static final int TOKEN_BYTES = 32;

    private final AccountPasswords accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SetPasswordTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordService(AccountPasswords accounts, PasswordPolicy policy, PasswordEncoder encoder,
                    SetPasswordTokenRepository tokens, CurrentUser currentUser, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's own password; the current one must be given, as ASVS 2.1.6 asks. */
    @PermitAll
    public void changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        AccountPasswords.Account account = accounts.account(me.personId()).orElseThrow();
        if (account.passwordHash() == null || currentPassword == null
                || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("security.password.currentWrong");
        }
        policy.requireAcceptable(newPassword);
        accounts.storePasswordHash(me.personId(), encoder.encode(newPassword));
    }

    /**
     * A new one-time link token for a person of the admin's own school; earlier unused
     * links of that person stop working. Callers record it in the audit log.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public String createSetPasswordToken(long personId) {
        SignedInUser admin = currentUser.require();
        AccountPasswords.Account account = accounts.account(personId)
                .filter(found -> found.schoolId() == admin.schoolId() && admin.has(Role.ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Person " + personId + " is not in this school"));
        if (!account.active()) {
            throw new InvalidInputException("security.link.inactive");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.retireUnusedOf(personId, now);
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new SetPasswordToken(hash(token), personId, admin.personId(), now, now.plus(LINK_VALIDITY)));
        return token;
    }

    /** Whether a link can still be used; anyone may ask, it reveals only yes or no. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return usable(token) != null;
    }

    /** Sets the password behind a link, once. Refused when used, expired or unknown. */
    @PermitAll
    public void setPasswordWithToken(String token, String newPassword) {
        SetPasswordToken link = usable(token);
        if (link == null) {
            throw new InvalidInputException("security.link.unusable");
        }
        policy.requireAcceptable(newPassword);
        link.useAt(LocalDateTime.now(clock));
        accounts.storePasswordHash(link.personId(), encoder.encode(newPassword));
    }

    private SetPasswordToken usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return null;
        }
        return tokens.findByTokenHash(hash(token)).filter(found -> found.usableAt(LocalDateTime.now(clock)))
                .filter(found -> accounts.account(found.personId()).filter(AccountPasswords.Account::active).isPresent())
                .orElse(null);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
