package nl.bordspiegel.shell;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.shared.Messages;

/**
 * Every new screen opens in the language the user chose last time (Dutch until they
 * choose): the choice is stored with the person, not in the browser.
 */
@Component
class UserLocale implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final SchoolDirectory directory;

    UserLocale(CurrentUser currentUser, SchoolDirectory directory) {
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(
                currentUser.get().isPresent() ? directory.myLocale() : Messages.DUTCH));
    }
}
