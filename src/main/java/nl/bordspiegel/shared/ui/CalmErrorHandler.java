package nl.bordspiegel.shared.ui;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.DisconnectedClientHelper;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;

/**
 * Whatever a view did not catch reaches the user as a calm sentence in their language and
 * the log as a line (with the stack trace only when it is our fault), never as a stack trace
 * on the screen. Refused input shows its own reason; the view keeps what was typed.
 */
@Component
class CalmErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CalmErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (clientWentAway(failure)) {
            // A screen closed or lost its network while the server wrote to it: nothing is wrong, and nobody is there to tell.
            LOG.debug("A browser went away: {}", failure.toString());
            return;
        }
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Messages.DUTCH : ui.getLocale();
        String text = text(failure, locale);
        if (ui != null) {
            Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** What to tell the user; logs as it goes. */
    static String text(Throwable failure, Locale locale) {
        InvalidInputException invalid = find(failure, InvalidInputException.class);
        if (invalid != null) {
            LOG.info("Input refused: {}", invalid.getMessage());
            return invalid.message(locale);
        }
        if (find(failure, AccessDeniedException.class) != null) {
            LOG.warn("Refused: {}", failure.toString());
            return Messages.get(locale, "app.error.denied");
        }
        if (find(failure, OptimisticLockingFailureException.class) != null) {
            LOG.info("Edit conflict: {}", failure.toString());
            return Messages.get(locale, "app.error.conflict");
        }
        LOG.error("Unexpected error in a view", failure);
        return Messages.get(locale, "app.error.unexpected");
    }

    /** Whether the failure, or one of its causes, is the browser having gone away (Spring knows the servers' ways of saying so). */
    static boolean clientWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (DisconnectedClientHelper.isClientDisconnectedException(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The failure or one of its causes of the given type (Vaadin wraps what a listener threw). */
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
