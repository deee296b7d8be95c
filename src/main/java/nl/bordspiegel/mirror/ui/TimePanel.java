package nl.bordspiegel.mirror.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;
import nl.bordspiegel.shared.Vocabulary.TimeFeeling;
import nl.bordspiegel.timelog.LoggedTime;
import nl.bordspiegel.timelog.TimeLog;

/**
 * Section 6 of the mirror: log time in a few clicks, for today or an earlier day of the
 * cycle; correct or delete what was logged; and the periodic check-in.
 */
class TimePanel extends MirrorPanel {

    /** The newest entries listed here; older ones still count in the total. */
    static final int SHOWN = 5;

    private final RadioButtonGroup<TimeCategory> category = new RadioButtonGroup<>();
    private final DatePicker day = new DatePicker();
    private final InputErrors.Form form = InputErrors.form(null).field("date", day);

    /** What the panel shows: the window's entries, its length, the check-in state and the days that can be logged. */
    record Contents(List<LoggedTime> entries, int weeks, boolean checkInDue, Optional<TimeFeeling> latestFeeling,
                    LocalDate earliestDay, LocalDate today) {
    }

    TimePanel(Contents contents) {
        super("mirror-time", "mirror.time.title");
        add(new Paragraph(getTranslation("mirror.time.intro")));
        category.setLabel(getTranslation("mirror.time.category"));
        category.setId("mirror-time-category");
        category.setItems(TimeCategory.values());
        category.setItemLabelGenerator(this::categoryName);
        category.setValue(TimeCategory.SESSION_PREP);
        day.setLabel(getTranslation("mirror.time.date"));
        day.setId("mirror-time-date");
        day.setMin(contents.earliestDay());
        day.setMax(contents.today());
        day.setValue(contents.today());
        HorizontalLayout quick = new HorizontalLayout();
        quick.addClassName("mirror-time-quick");
        for (int minutes : TimeLog.QUICK_MINUTES) {
            quick.add(new Button(getTranslation("mirror.time.minutes", minutes),
                    click -> fireEvent(new LogEvent(this, category.getValue(), minutes, day.getValue(), form))));
        }
        int total = contents.entries().stream().mapToInt(LoggedTime::minutes).sum();
        add(category, day, quick,
                new Paragraph(getTranslation("mirror.time.total", total / 60.0, contents.weeks())),
                entries(contents), checkIn(contents));
    }

    Registration addLogListener(ComponentEventListener<LogEvent> listener) {
        return addListener(LogEvent.class, listener);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    Registration addCheckInListener(ComponentEventListener<CheckInEvent> listener) {
        return addListener(CheckInEvent.class, listener);
    }

    String categoryName(TimeCategory category) {
        return getTranslation("timelog.category." + category.name());
    }

    private UnorderedList entries(Contents contents) {
        UnorderedList list = new UnorderedList();
        list.setId("mirror-time-entries");
        contents.entries().stream().limit(SHOWN).forEach(entry -> {
            ListItem item = new ListItem();
            Span text = new Span(date(entry.date()) + " · " + categoryName(entry.category()) + " · "
                    + getTranslation("mirror.time.minutes", entry.minutes()));
            Button edit = small("mirror.time.edit");
            Button delete = small("mirror.time.delete");
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            edit.addClickListener(click -> {
                actions.setVisible(false);
                item.add(editor(entry, contents, actions));
            });
            delete.addClickListener(click -> fireEvent(new DeleteEvent(this, entry)));
            item.add(text, actions);
            list.add(item);
        });
        return list;
    }

    private HorizontalLayout editor(LoggedTime entry, Contents contents, HorizontalLayout actions) {
        Select<TimeCategory> what = new Select<>();
        what.setLabel(getTranslation("mirror.time.category"));
        what.setItems(TimeCategory.values());
        what.setItemLabelGenerator(this::categoryName);
        what.setValue(entry.category());
        IntegerField minutes = new IntegerField(getTranslation("mirror.time.minutesField"));
        minutes.setValue(entry.minutes());
        DatePicker when = new DatePicker(getTranslation("mirror.time.date"));
        when.setMin(contents.earliestDay());
        when.setMax(contents.today());
        when.setValue(entry.date());
        InputErrors.Form editForm = InputErrors.form(null).field("minutes", minutes).field("date", when);
        HorizontalLayout editor = new HorizontalLayout();
        editor.addClassName("mirror-time-editor");
        Button save = new Button(getTranslation("mirror.time.save"), click -> fireEvent(new ChangeEvent(this, entry.id(),
                what.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(), when.getValue(), editForm)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = small("mirror.time.cancel");
        cancel.addClickListener(click -> {
            editor.removeFromParent();
            actions.setVisible(true);
        });
        editor.add(what, minutes, when, save, cancel);
        editor.setAlignItems(FlexComponent.Alignment.BASELINE);
        return editor;
    }

    private Div checkIn(Contents contents) {
        Div checkIn = new Div();
        checkIn.setId("mirror-check-in");
        if (!contents.checkInDue()) {
            checkIn.add(new Paragraph(getTranslation("mirror.checkIn.done",
                    getTranslation("timelog.feeling." + contents.latestFeeling().orElseThrow().name()))));
            return checkIn;
        }
        checkIn.add(new H3(getTranslation("mirror.checkIn.question")));
        HorizontalLayout answers = new HorizontalLayout();
        for (TimeFeeling feeling : TimeFeeling.values()) {
            answers.add(new Button(getTranslation("timelog.feeling." + feeling.name()),
                    click -> fireEvent(new CheckInEvent(this, feeling))));
        }
        checkIn.add(answers);
        return checkIn;
    }

    private Button small(String key) {
        Button button = new Button(getTranslation(key));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Log minutes of one kind on one day. */
    static class LogEvent extends PanelFormEvent<TimePanel> {
        private final TimeCategory category;
        private final int minutes;
        private final LocalDate date;

        LogEvent(TimePanel source, TimeCategory category, int minutes, LocalDate date, InputErrors.Form form) {
            super(source, form);
            this.category = category;
            this.minutes = minutes;
            this.date = date;
        }

        TimeCategory category() {
            return category;
        }

        int minutes() {
            return minutes;
        }

        LocalDate date() {
            return date;
        }
    }

    /** Correct one logged entry. */
    static class ChangeEvent extends PanelFormEvent<TimePanel> {
        private final long entryId;
        private final TimeCategory category;
        private final int minutes;
        private final LocalDate date;

        ChangeEvent(TimePanel source, long entryId, TimeCategory category, int minutes, LocalDate date,
                    InputErrors.Form form) {
            super(source, form);
            this.entryId = entryId;
            this.category = category;
            this.minutes = minutes;
            this.date = date;
        }

        long entryId() {
            return entryId;
        }

        TimeCategory category() {
            return category;
        }

        int minutes() {
            return minutes;
        }

        LocalDate date() {
            return date;
        }
    }

    /** Delete one logged entry (the page offers to undo it). */
    static class DeleteEvent extends ComponentEvent<TimePanel> {
        private final LoggedTime entry;

        DeleteEvent(TimePanel source, LoggedTime entry) {
            super(source, false);
            this.entry = entry;
        }

        LoggedTime entry() {
            return entry;
        }
    }

    /** How the leader's time feels this cycle. */
    static class CheckInEvent extends ComponentEvent<TimePanel> {
        private final TimeFeeling feeling;

        CheckInEvent(TimePanel source, TimeFeeling feeling) {
            super(source, false);
            this.feeling = feeling;
        }

        TimeFeeling feeling() {
            return feeling;
        }
    }
}
