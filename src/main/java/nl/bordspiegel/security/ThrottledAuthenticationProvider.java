package nl.bordspiegel.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in behind the login throttle. Every refusal (unknown name, wrong password,
 * deactivated account, waiting) is the same {@link BadCredentialsException}, so the login
 * page shows one message and reveals nothing.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginName = authentication.getName();
        if (throttle.isBlocked(loginName)) {
            throw new BadCredentialsException("Refused");
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(loginName);
            return signedIn;
        } catch (AuthenticationException refused) {
            throttle.failed(loginName);
            throw new BadCredentialsException("Refused");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
