package nl.bordspiegel.mirror.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.DimensionResult;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.mirror.JournalView;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.PracticeView;
import nl.bordspiegel.mirror.ShareView;
import nl.bordspiegel.mirror.SignalChange;
import nl.bordspiegel.mirror.TeamSessions;
import nl.bordspiegel.mirror.TeamView;
import nl.bordspiegel.mirror.WindowChoice;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;
import nl.bordspiegel.timelog.LoggedTime;
import nl.bordspiegel.timelog.TimeLog;

/**
 * The leader's mirror: one page, read top to bottom on a Friday afternoon. It keeps only the
 * computed {@link MirrorPage}; every number and rule comes from the service.
 */
@Route("spiegel")
@RolesAllowed(Role.Names.LEADER)
class MirrorView extends VerticalLayout implements HasDynamicTitle {

    private final MirrorService mirror;
    private final TimeLog timeLog;
    private final long me;
    private final Div content = new Div();
    private final Select<WindowChoice> windowChoice = new Select<>();
    private MirrorPage page;

    MirrorView(MirrorService mirror, TimeLog timeLog, CurrentUser currentUser) {
        this.mirror = mirror;
        this.timeLog = timeLog;
        this.me = currentUser.require().personId();
        addClassName("mirror-view");
        windowChoice.setId("mirror-window");
        windowChoice.setLabel(getTranslation("mirror.window"));
        windowChoice.setItems(WindowChoice.values());
        windowChoice.setItemLabelGenerator(choice -> getTranslation(choice.messageKey()));
        windowChoice.setValue(WindowChoice.WEEKS_12);
        windowChoice.addValueChangeListener(change -> render());
        content.setWidthFull();
        add(new H1(getTranslation("mirror.title")), new Paragraph(getTranslation("mirror.intro")), windowChoice, content);
        render();
    }

    private void render() {
        page = mirror.open(me, windowChoice.getValue());
        content.removeAll();
        content.add(patternSection());
        if (page.hasPattern()) {
            content.add(evidenceSection());
        }
        content.add(trendSection(), practicesSection(), timeSection(), reflectionSection(), viewsSection(),
                sharingSection(), new Paragraph(new Anchor("over-het-model", getTranslation("mirror.aboutLink"))));
    }

    // ---- 1 and 3: the pattern, or what is missing ----------------------------------------

    private Component patternSection() {
        Div section = section("mirror-pattern", "mirror.pattern.title");
        LeadershipProfile profile = page.profile();
        String window = getTranslation("mirror.window.range", date(page.window().first()), date(page.window().at()));
        if (!page.hasPattern()) {
            section.addClassName("mirror-insufficient");
            section.add(new Paragraph(getTranslation("mirror.insufficient.intro")));
            UnorderedList missing = new UnorderedList();
            profile.missing().forEach(m -> missing.add(new ListItem(text(m))));
            section.add(missing, new Paragraph(howToGetThere()), new Paragraph(window));
            return section;
        }
        H3 name = new H3(patternLabel(profile.primary(), profile.mixedWith()));
        name.setId("mirror-pattern-name");
        Paragraph motto = new Paragraph(profile.mixedWith() == null
                ? getTranslation("mirror.motto." + profile.primary().name())
                : getTranslation("mirror.mixed.explain"));
        motto.addClassName("mirror-motto");
        Paragraph confidence = new Paragraph(getTranslation("mirror.confidence." + profile.confidence().name(),
                page.held()));
        confidence.setId("mirror-confidence");
        Svg chart = new Svg(Charts.shares(profile.roundedProfile(2), this::patternName));
        chart.setId("mirror-share-chart");
        section.add(name, motto, confidence, new Paragraph(window), chart,
                new Paragraph(getTranslation("mirror.pattern.noRanking")));
        return section;
    }

    private String howToGetThere() {
        if (page.teams().isEmpty()) {
            return getTranslation("mirror.insufficient.noTeam");
        }
        int needed = Math.max(0, nl.bordspiegel.leadership.LeadershipInference.SESSIONS_NEEDED - page.held());
        int perWeek = page.teams().size();
        int weeks = (needed + perWeek - 1) / perWeek;
        return getTranslation("mirror.insufficient.howTo", needed, weeks);
    }

    // ---- 2: evidence per dimension ------------------------------------------------------------

    private Component evidenceSection() {
        Div section = section("mirror-evidence", "mirror.evidence.title");
        for (DimensionResult result : page.profile().dimensions()) {
            Div dimension = new Div();
            dimension.addClassName("mirror-dimension");
            dimension.add(new H3(getTranslation(result.dimension().messageKey())));
            if (result.hasEvidence()) {
                Span fit = new Span(fitText(result));
                fit.addClassName("mirror-fit");
                dimension.add(fit);
            } else {
                dimension.add(new Span(getTranslation("mirror.evidence.none")));
            }
            Paragraph sentence = new Paragraph(text(result.evidence()));
            sentence.addClassName("mirror-evidence-sentence");
            dimension.add(sentence);
            section.add(dimension);
        }
        section.add(new H3(getTranslation("mirror.evidence.sessions")));
        UnorderedList teams = new UnorderedList();
        for (TeamSessions team : page.teams()) {
            teams.add(new ListItem(new Anchor(team.historyRoute(), team.teamName()),
                    new Span(" " + getTranslation("mirror.evidence.teamCounts", team.held(), team.attended(), team.led()))));
        }
        section.add(teams);
        return section;
    }

    private String fitText(DimensionResult result) {
        StringBuilder text = new StringBuilder(getTranslation("mirror.evidence.fit"));
        for (Pattern pattern : Pattern.values()) {
            text.append(' ').append(patternName(pattern)).append(' ').append(Math.round(result.fit(pattern) * 100))
                    .append(" %").append(pattern == Pattern.FACILITATOR ? "" : " ·");
        }
        return text.toString();
    }

    // ---- 4: trend ----------------------------------------------------------------------------

    private Component trendSection() {
        Div section = section("mirror-trend", "mirror.trend.title");
        List<CycleProfile> trend = page.trend();
        if (trend.stream().noneMatch(c -> c.profile().status() == LeadershipProfile.Status.OK)) {
            section.add(new Paragraph(getTranslation("mirror.trend.empty")));
            return section;
        }
        section.add(new Paragraph(getTranslation("mirror.trend.intro", MirrorService.TREND_CYCLES)));
        Svg chart = new Svg(Charts.trend(trend, this::patternName, getLocale()));
        chart.setId("mirror-trend-chart");
        section.add(chart);
        if (page.moved().isEmpty()) {
            section.add(new Paragraph(getTranslation("mirror.trend.steady")));
        } else {
            section.add(new Paragraph(getTranslation("mirror.trend.moved")));
            UnorderedList moved = new UnorderedList();
            for (SignalChange change : page.moved()) {
                moved.add(new ListItem(getTranslation(change.messageKey()) + ": " + value(change, change.from()) + " → "
                        + value(change, change.to())));
            }
            section.add(moved);
        }
        return section;
    }

    private String value(SignalChange change, double value) {
        return change.percentage() ? Math.round(value * 100) + " %" : String.format(getLocale(), "%.1f", value);
    }

    // ---- 5: the eleven practices ---------------------------------------------------------

    private Component practicesSection() {
        Div section = section("mirror-practices", "mirror.practices.title");
        section.add(new Paragraph(getTranslation("mirror.practices.intro")));
        for (PracticeView.Seen seen : PracticeView.Seen.values()) {
            List<PracticeView> group = page.practices().stream().filter(p -> p.seen() == seen).toList();
            if (group.isEmpty()) {
                continue;
            }
            section.add(new H3(getTranslation("mirror.practices." + seen.name())));
            UnorderedList list = new UnorderedList();
            list.addClassName("mirror-practices-" + seen.name().toLowerCase(Locale.ROOT));
            for (PracticeView practice : group) {
                String text = getTranslation(practice.practice().nameKey()) + ": " + (seen == PracticeView.Seen.SHOWN
                        ? getTranslation(practice.practice().lineKey())
                        : getTranslation(practice.practice().questionKey()));
                list.add(new ListItem(text));
            }
            section.add(list);
        }
        return section;
    }

    // ---- 6: time and check-in ----------------------------------------------------------------

    private Component timeSection() {
        Div section = section("mirror-time", "mirror.time.title");
        section.add(new Paragraph(getTranslation("mirror.time.intro")));
        RadioButtonGroup<TimeCategory> category = new RadioButtonGroup<>(getTranslation("mirror.time.category"));
        category.setId("mirror-time-category");
        category.setItems(TimeCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("timelog.category." + c.name()));
        category.setValue(TimeCategory.SESSION_PREP);
        HorizontalLayout quick = new HorizontalLayout();
        quick.addClassName("mirror-time-quick");
        for (int minutes : TimeLog.QUICK_MINUTES) {
            Button log = new Button(getTranslation("mirror.time.minutes", minutes), click -> {
                timeLog.logToday(category.getValue(), minutes);
                Notification.show(getTranslation("mirror.time.logged", minutes,
                        getTranslation("timelog.category." + category.getValue().name())));
                render();
            });
            quick.add(log);
        }
        section.add(category, quick);
        List<LoggedTime> recent = timeLog.entries(me, page.window().first());
        int total = recent.stream().mapToInt(LoggedTime::minutes).sum();
        section.add(new Paragraph(getTranslation("mirror.time.total", total / 60.0, page.window().weeks())));
        UnorderedList list = new UnorderedList();
        list.setId("mirror-time-entries");
        recent.stream().limit(5).forEach(entry -> list.add(new ListItem(date(entry.date()) + " · "
                + getTranslation("timelog.category." + entry.category().name()) + " · "
                + getTranslation("mirror.time.minutes", entry.minutes()))));
        section.add(list, checkIn());
        return section;
    }

    private Component checkIn() {
        Div checkIn = new Div();
        checkIn.setId("mirror-check-in");
        Optional<TimeFeeling> latest = timeLog.latestFeeling(me);
        if (!timeLog.checkInDue()) {
            checkIn.add(new Paragraph(getTranslation("mirror.checkIn.done",
                    getTranslation("timelog.feeling." + latest.orElseThrow().name()))));
            return checkIn;
        }
        checkIn.add(new H3(getTranslation("mirror.checkIn.question")));
        HorizontalLayout answers = new HorizontalLayout();
        for (TimeFeeling feeling : TimeFeeling.values()) {
            answers.add(new Button(getTranslation("timelog.feeling." + feeling.name()), click -> {
                timeLog.checkIn(feeling);
                render();
            }));
        }
        checkIn.add(answers);
        return checkIn;
    }

    // ---- 7: reflection and the journal ------------------------------------------------------

    private Component reflectionSection() {
        Div section = section("mirror-reflection", "mirror.reflection.title");
        section.add(new Paragraph(getTranslation("mirror.reflection.intro")));
        TextArea text = new TextArea(getTranslation("mirror.journal.text"));
        text.setId("mirror-journal-text");
        text.setWidthFull();
        text.setMaxLength(4000);
        Span prompt = new Span();
        prompt.setId("mirror-journal-prompt");
        UnorderedList prompts = new UnorderedList();
        prompts.setId("mirror-prompts");
        for (Message message : page.prompts()) {
            prompts.add(promptItem(text(message), prompt, text));
        }
        for (int theme = 1; theme <= 3; theme++) {
            prompts.add(promptItem(getTranslation("mirror.theme." + theme), prompt, text));
        }
        Button save = new Button(getTranslation("mirror.journal.save"), click -> {
            if (text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("mirror.journal.empty"));
                return;
            }
            mirror.write(prompt.getText(), text.getValue());
            Notification.show(getTranslation("mirror.journal.saved"));
            render();
        });
        save.setId("mirror-journal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(prompts, prompt, text, save, new H3(getTranslation("mirror.journal.title")));
        List<JournalView> entries = mirror.journal(me);
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("mirror.journal.none")));
        }
        Div list = new Div();
        list.setId("mirror-journal");
        for (JournalView entry : entries) {
            Div item = new Div();
            item.addClassName("mirror-journal-entry");
            Span when = new Span(date(entry.writtenOn()) + " · " + (entry.pattern() == null
                    ? getTranslation("mirror.journal.noPattern") : patternLabel(entry.pattern(), entry.mixedWith())));
            when.addClassName("mirror-journal-meta");
            item.add(when);
            if (entry.prompt() != null) {
                Paragraph asked = new Paragraph(entry.prompt());
                asked.addClassName("mirror-journal-prompt");
                item.add(asked);
            }
            item.add(new Paragraph(entry.text()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private ListItem promptItem(String question, Span prompt, TextArea text) {
        Button use = new Button(getTranslation("mirror.reflection.answer"), click -> {
            prompt.setText(question);
            text.focus();
        });
        use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new ListItem(new Span(question), use);
    }

    // ---- 8: self view, inferred view, team view -------------------------------------------------

    private Component viewsSection() {
        Div section = section("mirror-views", "mirror.views.title");
        RadioButtonGroup<Pattern> self = new RadioButtonGroup<>(getTranslation("mirror.views.self"));
        self.setId("mirror-self-view");
        self.setItems(Pattern.values());
        self.setItemLabelGenerator(this::patternName);
        mirror.selfView(me).ifPresent(self::setValue);
        self.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                mirror.recogniseMyself(change.getValue());
            }
        });
        LeadershipProfile profile = page.profile();
        Paragraph inferred = new Paragraph(getTranslation("mirror.views.inferred", page.hasPattern()
                ? patternLabel(profile.primary(), profile.mixedWith()) : getTranslation("mirror.journal.noPattern")));
        inferred.setId("mirror-inferred-view");
        section.add(self, inferred, teamView());
        return section;
    }

    private Component teamView() {
        TeamView view = mirror.teamView(me);
        Div team = new Div();
        team.setId("mirror-team-view");
        if (!view.revealed()) {
            team.add(new Paragraph(getTranslation("mirror.views.teamHidden", view.answers(),
                    MirrorService.TEAM_VIEW_MINIMUM)));
            return team;
        }
        team.add(new Paragraph(getTranslation("mirror.views.team", view.answers())));
        team.add(new Paragraph(getTranslation("mirror.views.recognised") + " " + distribution(view.recognised())));
        team.add(new Paragraph(getTranslation("mirror.views.wished") + " " + distribution(view.wished())));
        return team;
    }

    private String distribution(Map<Pattern, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (Pattern pattern : Pattern.values()) {
            text.append(patternName(pattern)).append(' ').append(counts.getOrDefault(pattern, 0))
                    .append(pattern == Pattern.FACILITATOR ? "" : " · ");
        }
        return text.toString();
    }

    // ---- 9: sharing with a coach ---------------------------------------------------------------

    private Component sharingSection() {
        Div section = section("mirror-sharing", "mirror.sharing.title");
        section.add(new Paragraph(getTranslation("mirror.sharing.intro")));
        List<PersonSummary> coaches = mirror.coachesToShareWith();
        Select<PersonSummary> coach = new Select<>();
        coach.setId("mirror-share-coach");
        coach.setLabel(getTranslation("mirror.sharing.coach"));
        coach.setItems(coaches);
        coach.setItemLabelGenerator(PersonSummary::name);
        CheckboxGroup<JournalView> entries = new CheckboxGroup<>(getTranslation("mirror.sharing.entries"));
        entries.setId("mirror-share-entries");
        entries.setItems(mirror.journal(me));
        entries.setItemLabelGenerator(e -> date(e.writtenOn()) + " · " + abbreviate(e.text()));
        Button share = new Button(getTranslation("mirror.sharing.share"), click -> {
            if (coach.getValue() == null) {
                coach.setInvalid(true);
                return;
            }
            try {
                mirror.share(coach.getValue().id(), entries.getValue().stream().map(JournalView::id).toList());
            } catch (InvalidInputException tooLong) {
                InputErrors.show(tooLong, entries);
                return;
            }
            Notification.show(getTranslation("mirror.sharing.shared", coach.getValue().name()));
            render();
        });
        share.setId("mirror-share");
        section.add(coach, entries, share);
        UnorderedList shares = new UnorderedList();
        shares.setId("mirror-shares");
        for (ShareView view : mirror.myShares(me)) {
            ListItem item = new ListItem(new Span(getTranslation(view.active() ? "mirror.sharing.active"
                    : "mirror.sharing.withdrawn", view.coachName(), date(view.sharedAt().toLocalDate()))));
            if (view.active()) {
                Button withdraw = new Button(getTranslation("mirror.sharing.withdraw"), click -> {
                    mirror.withdraw(view.id());
                    render();
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(withdraw);
            }
            shares.add(item);
        }
        section.add(shares);
        return section;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Div section(String id, String titleKey) {
        Div section = new Div();
        section.setId(id);
        section.addClassName("mirror-section");
        section.add(new H2(getTranslation(titleKey)));
        return section;
    }

    private String patternName(Pattern pattern) {
        return getTranslation(pattern.messageKey());
    }

    private String patternLabel(Pattern primary, Pattern mixedWith) {
        return mixedWith == null ? patternName(primary)
                : getTranslation("leadership.mixed", patternName(primary), patternName(mixedWith));
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mirror.title") + " · " + getTranslation("app.name");
    }

    /** The inference names its texts; the screen renders them in the user's language. */
    private String text(Message message) {
        return getTranslation(message.key(), message.arguments().toArray());
    }
}
