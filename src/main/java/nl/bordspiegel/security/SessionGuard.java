package nl.bordspiegel.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks every signed-in request against the account as it is now. A person deactivated,
 * or whose password changed elsewhere, is signed out on their next request (a Vaadin
 * heartbeat counts); a role added or taken away applies from that request on. A session
 * also ends after its maximum lifetime, which the heartbeat cannot extend.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionGuard.class.getName() + ".signedInAt";

    private final AccountPasswords accounts;
    private final Clock clock;
    private final Duration maxLifetime;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionGuard(AccountPasswords accounts, Clock clock, Duration maxLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user && session != null) {
            Optional<AccountPasswords.Account> account = accounts.account(user.personId());
            Optional<String> reason = reasonToEnd(user, account, session);
            if (reason.isPresent()) {
                SecurityLog.sessionEnded(user.personId(), reason.get());
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!account.get().roles().equals(user.roles())) {
                useCurrentRoles(user.withRoles(account.get().roles()), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<String> reasonToEnd(SignedInUser user, Optional<AccountPasswords.Account> account,
                                         HttpSession session) {
        Instant now = clock.instant();
        Object signedInAt = session.getAttribute(SIGNED_IN_AT);
        if (signedInAt == null) {
            session.setAttribute(SIGNED_IN_AT, now);
        } else if (!now.isBefore(((Instant) signedInAt).plus(maxLifetime))) {
            return Optional.of("max-lifetime");
        }
        if (account.isEmpty() || !account.get().active()) {
            return Optional.of("deactivated");
        }
        if (!user.signedInWith(account.get().passwordHash())) {
            return Optional.of("password-changed");
        }
        return Optional.empty();
    }

    private void useCurrentRoles(SignedInUser current, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current, null,
                current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
