package nl.bordspiegel.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, for services that check what that user may read or change. Read
 * fresh from the account on every call: a person deactivated, or whose password changed,
 * is nobody from that moment, and a role taken away is gone at once.
 */
@Component
public class CurrentUser {

    private final AccountPasswords accounts;

    CurrentUser(AccountPasswords accounts) {
        this.accounts = accounts;
    }

    public Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return Optional.empty();
        }
        return accounts.account(user.personId()).filter(account -> stillValid(user, account))
                .map(account -> user.withRoles(account.roles()));
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    static boolean stillValid(SignedInUser user, AccountPasswords.Account account) {
        return account.active() && user.signedInWith(account.passwordHash());
    }
}
