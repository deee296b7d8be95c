package nl.bordspiegel.security;

import java.time.Clock;
import java.time.Duration;

import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import jakarta.servlet.http.HttpServletRequest;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import nl.bordspiegel.security.ui.LoginView;

/**
 * Form login with Vaadin's login view. Views declare who may open them
 * ({@code @PermitAll}, {@code @RolesAllowed}); services check again, since a view is
 * never the only guard. Only the health probes are open without signing in.
 */
@Configuration
// @RolesAllowed is wired below, to judge by the roles a person holds now.
@EnableMethodSecurity
// Lets background threads (push updates) see the signed-in user of their UI.
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfig {

    /**
     * What Vaadin's client needs and nothing more: its bootstrap uses inline and evaluated
     * scripts and inline styles; everything else comes from this origin. Push needs ws:/wss:
     * (with 'self' alone the sign-in journey in Chromium did not reach the home page).
     * {@code bordspiegel.security.csp-enabled=false} switches the policy off for diagnosis.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    // The commands run without a web server, and so without a filter chain.
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountPasswords accounts, Clock clock,
                                            @Value("${bordspiegel.session.max-lifetime:12h}") Duration maxLifetime,
                                            @Value("${bordspiegel.security.csp-enabled:true}") boolean csp)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/icons/**", "/actuator/health", "/actuator/health/**").permitAll());
        if (csp) {
            http.headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY)));
        }
        http.headers(headers -> headers
                // The set-password link carries its token in the path: never send it to another site. Within
                // the app the referrer stays, as Vaadin tells its service worker's fetches by it: without one, the
                // worker's fetch of the start page before sign-in was saved as the page to return to (every
                // sign-in ended on /?continue) and logged as a refusal.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                // HSTS is sent on HTTPS requests only (behind a proxy: X-Forwarded-Proto).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
        http.addFilterBefore(new SessionGuard(accounts, clock, maxLifetime), AuthorizationFilter.class);
        // Signing out leads straight to the login page: by way of home, which is refused then, the next
        // sign-in returned to "/?continue" and the security log counted a refusal per sign-out.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    /**
     * Sign-in checks passwords behind the throttle. Spring Security's default session
     * fixation protection stays on: the session id changes at sign-in (proven in a test).
     */
    @Bean
    AuthenticationProvider throttledPasswordLogin(UserDetailsService accountDetails, PasswordEncoder encoder,
                                                  LoginThrottle throttle, AccountPasswords accounts, JdbcTemplate jdbc,
                                                  @Value("${bordspiegel.device-key:}") String deviceKey) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accountDetails);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle, KnownDevices.signedWith(deviceKey, jdbc), accounts);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedByCurrentRoles(ObjectProvider<AccountPasswords> accounts,
                                              ObjectProvider<ApplicationEventPublisher> publisher) {
        Jsr250AuthorizationManager rolesAllowed = new Jsr250AuthorizationManager();
        rolesAllowed.setAuthoritiesAuthorizationManager(new CurrentRoles(accounts));
        AuthorizationManagerBeforeMethodInterceptor interceptor = AuthorizationManagerBeforeMethodInterceptor.jsr250(rolesAllowed);
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
                                                      AuthorizationDecision decision) {
                if (decision != null && !decision.isGranted()) {
                    new SpringAuthorizationEventPublisher(publisher.getObject())
                            .publishAuthorizationEvent(authentication, object, decision);
                }
            }
        });
        return interceptor;
    }

    /** Every service of the app: a refusal its own checks throw goes to the security log. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedServiceCallsLogged() {
        AnnotationMatchingPointcut services = new AnnotationMatchingPointcut(Service.class, true);
        return new DefaultPointcutAdvisor(services, new RefusedCallLog());
    }

    /** Refusals by method and request security become events, which the log below records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @EventListener
    void logRefusal(AuthorizationDeniedEvent<?> denied) {
        if (denied.getSource() instanceof HttpServletRequest request && fromServiceWorker(request)) {
            // The installable app's worker caches the start page in the background, also before sign-in: nobody was refused.
            return;
        }
        Object principal = denied.getAuthentication().get().getPrincipal();
        Long person = principal instanceof SignedInUser user ? user.personId() : null;
        SecurityLog.refused(target(denied.getSource()), person, null, "not-authorised");
    }

    /** A fetch by the app's service worker, told as Vaadin's request cache tells it: by its referrer. */
    private static boolean fromServiceWorker(HttpServletRequest request) {
        String referrer = request.getHeader("Referer");
        return referrer != null && referrer.endsWith("sw.js");
    }

    /** What was refused: a service method by its class and name, a request by its method and path. */
    private static String target(Object refused) {
        if (refused instanceof MethodInvocation call) {
            return call.getMethod().getDeclaringClass().getSimpleName() + "#" + call.getMethod().getName();
        }
        if (refused instanceof HttpServletRequest request) {
            // Never the query: it may hold a set-password token.
            return request.getMethod() + " " + request.getRequestURI();
        }
        return String.valueOf(refused);
    }
}
