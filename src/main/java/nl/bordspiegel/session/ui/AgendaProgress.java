package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;

import nl.bordspiegel.session.AgendaItem;
import nl.bordspiegel.session.RunningSession;

/** The agenda beside a running session: steps done, the current one, and those to come. */
class AgendaProgress extends OrderedList {

    AgendaProgress(RunningSession session) {
        setId("session-agenda");
        for (int i = 0; i < session.agenda().size(); i++) {
            AgendaItem step = session.agenda().get(i);
            ListItem item = new ListItem(StepTexts.name(this, step) + " · "
                    + getTranslation("session.minutes", step.minutes()));
            item.addClassName("session-step");
            if (i == session.currentStep()) {
                item.addClassName("current");
            } else if (i < session.currentStep()) {
                item.addClassName("done");
            }
            add(item);
        }
    }
}
