package nl.bordspiegel.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Security events as log lines with fields (event, login, person, address, reason), so a
 * structured log ({@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}) can be searched and
 * alerted on. Never a password; a login name only as typed, for tracing an attack.
 */
public final class SecurityLog {

    private static final Logger LOG = LoggerFactory.getLogger("nl.bordspiegel.security.events");

    private SecurityLog() {
    }

    public static void signedIn(long personId, String address) {
        event(LOG.atInfo(), "sign-in").addKeyValue("person", personId).addKeyValue("address", address)
                .log("sign-in person={} address={}", personId, address);
    }

    public static void signInRefused(String loginName, String address, String reason) {
        event(LOG.atWarn(), "sign-in-refused").addKeyValue("login", loginName).addKeyValue("address", address)
                .addKeyValue("reason", reason)
                .log("sign-in refused login={} address={} reason={}", loginName, address, reason);
    }

    /** The failure that made the throttle hold this name or address back: the next tries wait. */
    public static void lockedOut(String loginName, String address) {
        event(LOG.atWarn(), "lockout").addKeyValue("login", loginName).addKeyValue("address", address)
                .log("lockout login={} address={}", loginName, address);
    }

    public static void sessionEnded(long personId, String reason) {
        event(LOG.atInfo(), "session-ended").addKeyValue("person", personId).addKeyValue("reason", reason)
                .log("session ended person={} reason={}", personId, reason);
    }

    public static void refused(String what, Long personId, String address, String reason) {
        event(LOG.atWarn(), "access-refused").addKeyValue("target", what).addKeyValue("person", personId)
                .addKeyValue("address", address).addKeyValue("reason", reason)
                .log("access refused target={} person={} address={} reason={}", what, personId, address, reason);
    }

    public static void passwordEvent(String event, long personId, long byPersonId) {
        event(LOG.atInfo(), event).addKeyValue("person", personId).addKeyValue("by", byPersonId)
                .log("{} person={} by={}", event, personId, byPersonId);
    }

    private static LoggingEventBuilder event(LoggingEventBuilder builder, String event) {
        return builder.addKeyValue("event", event);
    }
}
