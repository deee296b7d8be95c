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
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * the link sets that colleague's password once, before it expires. An admin never learns
 * or chooses anyone's password: a link for someone who already has a password works only
 * after that person has allowed it while signed in. Every use is recorded (PasswordEvent).
 */
@Service
@Transactional
public class PasswordService {

    /** The form field a wrong current password is shown at. */
    public static final String CURRENT_FIELD = "currentPassword";

    /** Long enough to reach a new colleague the same week, short enough that a lost link dies. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(3);
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link can do now. */
    public enum LinkState { USABLE, AWAITS_CONFIRMATION, UNUSABLE }

    private final AccountPasswords accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final SetPasswordTokenRepository tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String publicUrl;

    PasswordService(AccountPasswords accounts, PasswordPolicy policy, PasswordEncoder encoder,
                    SetPasswordTokenRepository tokens, CurrentUser currentUser, Clock clock,
                    ApplicationEventPublisher events, @Value("${bordspiegel.public-url}") String publicUrl) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.publicUrl = publicUrl;
    }

    /**
     * The signed-in user's own password; the current one must be given, as ASVS 2.1.6 asks.
     * Their other sessions end; this one goes on.
     */
    @PermitAll
    public void changeMyPassword(String currentPassword, String newPassword) {
        SignedInUser me = currentUser.require();
        AccountPasswords.Account account = accounts.account(me.personId()).orElseThrow();
        if (account.passwordHash() == null || currentPassword == null
                || !encoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.at(CURRENT_FIELD, "security.password.currentWrong");
        }
        policy.requireAcceptable(newPassword, personal(account));
        String hash = encoder.encode(newPassword);
        accounts.storePasswordHash(me.personId(), hash);
        SignedInUser renewed = new SignedInUser(me.personId(), me.schoolId(), me.name(), me.getUsername(), hash,
                true, account.roles());
        renewed.eraseCredentials();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
        publish(PasswordEvent.Kind.CHANGED, account, account);
    }

    /**
     * A new one-time link token for a person of the admin's own school; earlier unused
     * links of that person stop working. For a person who already has a password the link
     * waits until that person allows it. Callers record it in the audit log.
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
        String token = newToken();
        boolean reset = account.passwordHash() != null;
        tokens.save(new SetPasswordToken(hash(token), personId, admin.personId(), now, now.plus(LINK_VALIDITY), reset));
        if (reset) {
            accounts.account(admin.personId())
                    .ifPresent(by -> publish(PasswordEvent.Kind.RESET_AWAITS_CONFIRMATION, account, by));
        }
        return token;
    }

    /** The address of a link, from the configured public URL (never from a request's Host header). */
    public String link(String token) {
        return link(publicUrl, token);
    }

    /** Whether a link can be used; anyone may ask, it reveals only its state. */
    @PermitAll
    @Transactional(readOnly = true)
    public LinkState linkState(String token) {
        if (usable(token) != null) {
            return LinkState.USABLE;
        }
        return live(token).filter(SetPasswordToken::awaitsConfirmation).isPresent()
                ? LinkState.AWAITS_CONFIRMATION : LinkState.UNUSABLE;
    }

    /** Whether a link can still be used; anyone may ask, it reveals only yes or no. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return usable(token) != null;
    }

    /** Sets the password behind a link, once. Refused when used, expired, unknown or not yet allowed. */
    @PermitAll
    public void setPasswordWithToken(String token, String newPassword) {
        SetPasswordToken link = usable(token);
        if (link == null) {
            throw new InvalidInputException("security.link.unusable");
        }
        AccountPasswords.Account account = accounts.account(link.personId()).orElseThrow();
        policy.requireAcceptable(newPassword, personal(account));
        link.useAt(LocalDateTime.now(clock));
        accounts.storePasswordHash(link.personId(), encoder.encode(newPassword));
        SecurityLog.passwordEvent("password-set-with-link", link.personId(), link.createdById());
        accounts.account(link.createdById()).ifPresent(by -> publish(PasswordEvent.Kind.SET_WITH_LINK, account, by));
    }

    /** The name of the admin whose reset link waits for the signed-in user, if any. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<String> pendingResetOfMine() {
        return pendingOf(currentUser.require().personId())
                .flatMap(link -> accounts.account(link.createdById())).map(AccountPasswords.Account::name);
    }

    /** The signed-in user allows the waiting reset link: from now on it sets their password. */
    @PermitAll
    public void allowPendingReset() {
        decidePendingReset(true);
    }

    /** The signed-in user refuses the waiting reset link: it never works. */
    @PermitAll
    public void refusePendingReset() {
        decidePendingReset(false);
    }

    private void decidePendingReset(boolean allow) {
        SignedInUser me = currentUser.require();
        SetPasswordToken link = pendingOf(me.personId()).orElseThrow(() -> new InvalidInputException("security.link.unusable"));
        LocalDateTime now = LocalDateTime.now(clock);
        if (allow) {
            link.confirm();
        } else {
            link.useAt(now);
        }
        AccountPasswords.Account account = accounts.account(me.personId()).orElseThrow();
        SecurityLog.passwordEvent(allow ? "reset-allowed" : "reset-refused", me.personId(), link.createdById());
        accounts.account(link.createdById()).ifPresent(by -> publish(
                allow ? PasswordEvent.Kind.RESET_CONFIRMED : PasswordEvent.Kind.RESET_REFUSED, account, by));
    }

    private Optional<SetPasswordToken> pendingOf(long personId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return tokens.findByPersonIdAndUsedAtIsNull(personId).stream()
                .filter(link -> link.awaitsConfirmation() && link.liveAt(now)).findFirst();
    }

    private SetPasswordToken usable(String token) {
        return live(token).filter(found -> found.usableAt(LocalDateTime.now(clock))).orElse(null);
    }

    private Optional<SetPasswordToken> live(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(found -> found.liveAt(LocalDateTime.now(clock)))
                .filter(found -> accounts.account(found.personId()).filter(AccountPasswords.Account::active).isPresent());
    }

    private void publish(PasswordEvent.Kind kind, AccountPasswords.Account person, AccountPasswords.Account by) {
        events.publishEvent(new PasswordEvent(kind, person.schoolId(), person.personId(), person.name(),
                by.personId(), by.name()));
    }

    private static List<String> personal(AccountPasswords.Account account) {
        return List.of(account.name(), account.email(), account.schoolName());
    }

    static String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String link(String publicUrl, String token) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "wachtwoord-instellen/" + token;
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
