package nl.bordspiegel.security;

import java.util.Collection;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authorization.AuthoritiesAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

/**
 * {@code @RolesAllowed} with the roles a person holds now, not those in their session: a
 * role taken away, a deactivation or a password changed elsewhere refuses the very next
 * service call, whatever the session still says. Others (nobody signed in) are judged by
 * their authorities as usual.
 */
class CurrentRoles implements AuthorizationManager<Collection<String>> {

    private final ObjectProvider<AccountPasswords> accounts;
    private final AuthoritiesAuthorizationManager asUsual = new AuthoritiesAuthorizationManager();

    // A provider: method security is set up before the beans that read accounts exist.
    CurrentRoles(ObjectProvider<AccountPasswords> accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, Collection<String> authorities) {
        Authentication current = authentication.get();
        if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
            return asUsual.check(authentication, authorities);
        }
        boolean granted = accounts.getObject().account(user.personId())
                .filter(account -> CurrentUser.stillValid(user, account))
                .map(account -> account.roles().stream().anyMatch(role -> authorities.contains("ROLE_" + role.name())))
                .orElse(false);
        return new AuthorizationDecision(granted);
    }
}
