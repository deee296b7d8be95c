package nl.bordspiegel.coach.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.coach.CoachUpdateView;
import nl.bordspiegel.coach.CoachUpdates;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.shared.Role;

/** Writing coach updates, with the ones the coach sent before. {@code ?team=ID} starts one about that team. */
@Route("coach/updates")
@RolesAllowed(Role.Names.COACH)
class CoachUpdatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEAM_PARAMETER = "team";
    private static final int SHOWN = 20;

    private final CoachUpdates updates;
    final CoachUpdateForm form;
    private final Div written = new Div();

    CoachUpdatesView(CoachUpdates updates, SchoolDirectory directory) {
        this.updates = updates;
        addClassName("coach-updates");
        form = new CoachUpdateForm(updates.leaders(), directory.visibleTeams());
        form.addSendListener(this::send);
        // Choosing a team addresses its leaders, unless the coach already chose someone.
        form.team.addValueChangeListener(change -> {
            if (change.getValue() != null && form.leaders.isEmpty()) {
                addressLeadersOf(change.getValue().id());
            }
        });
        written.addClassName("coach-updates-written");
        add(new H1(getTranslation("coach.updates.title")), new Paragraph(getTranslation("coach.updates.intro")), form,
                new H2(getTranslation("coach.updates.written")), written);
        showWritten();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> team = event.getLocation().getQueryParameters().getSingleParameter(TEAM_PARAMETER);
        team.flatMap(CoachUpdatesView::id).flatMap(id -> form.team.getListDataView().getItems()
                .filter(choice -> choice.id() == id).findFirst()).ifPresent(choice -> {
                    form.team.setValue(choice);
                    addressLeadersOf(choice.id());
                });
    }

    private void addressLeadersOf(long teamId) {
        List<Long> followers = updates.leadersOf(teamId).stream().map(PersonSummary::id).toList();
        form.leaders.setValue(form.leaders.getListDataView().getItems()
                .filter(leader -> followers.contains(leader.id())).collect(java.util.stream.Collectors.toSet()));
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private void send(CoachUpdateForm.SendEvent event) {
        String names = String.join(", ", form.leaders.getValue().stream().map(PersonSummary::name).sorted().toList());
        if (!form.form().submit(() -> updates.write(event.teamId(), event.leaderIds(), event.text()))) {
            return;
        }
        form.clearAfterSending();
        Notification.show(getTranslation("coach.update.sent", names), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        showWritten();
    }

    private void showWritten() {
        written.removeAll();
        List<CoachUpdateView> mine = updates.writtenByMe(SHOWN);
        if (mine.isEmpty()) {
            written.add(new Paragraph(getTranslation("coach.updates.none")));
        }
        mine.forEach(update -> written.add(UpdateCard.of(update, getLocale(), this::getTranslation)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coach.updates.title") + " · " + getTranslation("app.name");
    }
}
