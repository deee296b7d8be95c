package nl.bordspiegel;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.bordspiegel.security.SignedInUser;

/** For service tests: makes a demo person the signed-in user, as the login form would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static SignedInUser as(UserDetailsService accounts, String email) {
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        return user;
    }
}
