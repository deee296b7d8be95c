package nl.bordspiegel.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Password sign-in behind the login throttle. Every refusal (unknown name, wrong password,
 * deactivated account, waiting, the demo password outside the demo school) is the same
 * {@link BadCredentialsException}, so the login page shows one message and reveals nothing;
 * the log says which it was. A browser where the person signed in before passes the
 * throttle's lockouts, so a stranger cannot lock a colleague out.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final AccountPasswords accounts;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, KnownDevices devices,
                                    AccountPasswords accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.devices = devices;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String loginName = authentication.getName();
        HttpServletRequest request = currentRequest();
        String address = request == null ? null : request.getRemoteAddr();
        boolean knownDevice = devices.isKnown(request, loginName);
        if (!knownDevice && (throttle.isAddressBlocked(address) || throttle.isBlocked(loginName))) {
            SecurityLog.signInRefused(loginName, address, "throttled");
            throw new BadCredentialsException("Refused");
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (AuthenticationException refused) {
            throttle.failed(loginName, address);
            SecurityLog.signInRefused(loginName, address, refused.getClass().getSimpleName());
            if (throttle.isBlocked(loginName) || throttle.isAddressBlocked(address)) {
                SecurityLog.lockedOut(loginName, address);
            }
            throw new BadCredentialsException("Refused");
        }
        SignedInUser user = (SignedInUser) signedIn.getPrincipal();
        if (PasswordPolicy.DEMO_PASSWORD.equals(authentication.getCredentials())
                && accounts.account(user.personId()).filter(AccountPasswords.Account::demoSchool).isEmpty()) {
            // A restored or imported school may carry the published demo password: never let it in.
            throttle.failed(loginName, address);
            SecurityLog.signInRefused(loginName, address, "demo-password-outside-demo");
            throw new BadCredentialsException("Refused");
        }
        throttle.succeeded(loginName);
        devices.remember(request, currentResponse(), loginName);
        SecurityLog.signedIn(user.personId(), address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    private static HttpServletResponse currentResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getResponse() : null;
    }
}
