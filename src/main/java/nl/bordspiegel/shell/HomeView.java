package nl.bordspiegel.shell;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.coach.CoachUpdateView;
import nl.bordspiegel.coach.CoachUpdates;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.mirror.NudgeService;
import nl.bordspiegel.mirror.Nudge;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.school.TeamSummary;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.PasswordService;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;

/** The start page: a greeting and, per role the user holds, what they can do here. */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    /** The newest coach updates a leader sees here; older ones are part of their history. */
    private static final int COACH_UPDATES_SHOWN = 5;

    private final NudgeService nudges;

    HomeView(CurrentUser currentUser, SchoolDirectory directory, NudgeService nudges, CoachUpdates coachUpdates,
             PasswordService passwords, Clock clock) {
        this.nudges = nudges;
        SignedInUser user = currentUser.require();
        addClassName("home-view");
        add(new H1(getTranslation(greetingKey(LocalTime.now(clock)), firstName(user.name()))));
        // Told at once: someone asked to reset this person's password.
        passwords.pendingResetOfMine().ifPresent(admin -> add(new Paragraph(new Span(getTranslation("home.reset.pending")),
                new Span(" "), new Anchor("wachtwoord", getTranslation("home.reset.open")))));
        for (Role role : Role.values()) {
            if (user.has(role)) {
                add(roleSection(role, directory));
            }
        }
        if (user.has(Role.LEADER)) {
            add(coachUpdatesSection(coachUpdates.updatesForMe(COACH_UPDATES_SHOWN)));
        }
    }

    /** Leaders read the coach updates addressed to them here; the text is shown as plain text. */
    private Div coachUpdatesSection(List<CoachUpdateView> updates) {
        Div section = new Div();
        section.addClassNames("home-role", "home-coach-updates");
        section.add(new H2(getTranslation("home.coachUpdates.title")));
        if (updates.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.coachUpdates.none")));
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        for (CoachUpdateView update : updates) {
            String byline = getTranslation("coach.update.byline", update.author(), date.format(update.writtenOn()))
                    + (update.team() == null ? "" : " · " + getTranslation("coach.update.about", update.team()));
            Span meta = new Span(byline);
            meta.addClassName("coach-update-meta");
            Div card = new Div(new Paragraph(update.text()), meta);
            card.addClassName("coach-update");
            section.add(card);
        }
        return section;
    }

    private Div roleSection(Role role, SchoolDirectory directory) {
        Div section = new Div();
        section.addClassNames("home-role", "home-role-" + role.name().toLowerCase());
        section.add(new H2(getTranslation("home." + role.name() + ".title")),
                new Paragraph(getTranslation("home." + role.name() + ".intro")));
        List<TeamSummary> teams = switch (role) {
            case TEACHER, LEADER -> directory.myTeams();
            case COACH -> directory.visibleTeams();
            case ADMIN -> List.of();
        };
        if (!teams.isEmpty()) {
            UnorderedList list = new UnorderedList();
            // By path, so the shell does not depend on the board feature.
            teams.forEach(team -> {
                Anchor board = new Anchor("bord/" + team.id(), team.name());
                board.getElement().setAttribute("router-link", true);
                board.addClassName("home-team-board");
                list.add(new ListItem(board));
            });
            section.add(list);
        }
        if (role == Role.LEADER) {
            nudges.currentNudge().ifPresent(nudge -> section.add(nudge(nudge)));
        }
        return section;
    }

    /** At most one hint, and the leader can put it away: the same fact is not raised again. */
    private Div nudge(Nudge nudge) {
        Div box = new Div();
        box.addClassName("home-nudge");
        Button dismiss = new Button(getTranslation("home.nudge.dismiss"), click -> {
            nudges.dismissNudge(nudge.key());
            box.removeFromParent();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        box.add(new Span(text(nudge.text())), new Anchor("spiegel", getTranslation("home.nudge.open")), dismiss);
        return box;
    }

    static String greetingKey(LocalTime time) {
        if (time.getHour() < 12) {
            return "home.greeting.morning";
        }
        return time.getHour() < 18 ? "home.greeting.afternoon" : "home.greeting.evening";
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }

    /** The inference names its texts; the screen renders them in the user's language. */
    private String text(Message message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }
}
