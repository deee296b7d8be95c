package nl.bordspiegel.security;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.server.VaadinRequest;

/**
 * Logs a service call that a service refused itself ({@code throw new AccessDeniedException}
 * after checking school, team or owner), as {@link SecurityLog#refused}. Refusals by method
 * security ({@code @RolesAllowed}) are logged from their event, so they are left alone here;
 * a refusal passing through several services is logged once, by the one that threw it.
 */
final class RefusedCallLog implements MethodInterceptor {

    private final Set<Throwable> logged = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (AccessDeniedException refused) {
            if (!(refused instanceof AuthorizationDeniedException) && logged.add(refused)) {
                SecurityLog.refused(invocation.getMethod().getDeclaringClass().getSimpleName() + "#"
                        + invocation.getMethod().getName(), personId(), address(), "service-check");
            }
            throw refused;
        }
    }

    private static Long personId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.personId() : null;
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
