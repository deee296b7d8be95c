package nl.bordspiegel.shared.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Vaadin's client sets Atmosphere's log level to "debug", so every screen writes three console lines
 * (each with a date made for it) for every message pushed to it, in production too: on a classroom's
 * screens, for every card a colleague adds. A profile of one watching page put that logging first
 * among its scripts for a new card. The client applies the UI's push parameters over its defaults,
 * so "info" here leaves the warnings and errors and drops the chatter.
 */
@Component
class PushLogLevel implements VaadinServiceInitListener {

    private static final String LEVEL = "info";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPushConfiguration().setParameter("logLevel", LEVEL));
    }
}
