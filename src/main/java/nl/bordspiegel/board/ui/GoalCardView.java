package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.GoalCard;
import nl.bordspiegel.board.GoalOutcome;
import nl.bordspiegel.shared.InputErrors;

/** A goal with its measure, chart and period; while it runs it takes measurements and can be closed out. */
class GoalCardView extends BoardCardView<GoalCard> {

    /** The field a measurement is typed in, once its row has unfolded. */
    private NumberField measurement;

    GoalCardView(GoalCard goal, int comments) {
        super(CardKind.GOAL, goal, comments);
        String target = goal.target() == null ? "" : " · " + getTranslation("board.goal.targetIs", format(goal.target()));
        String last = goal.measurements().isEmpty() ? getTranslation("board.goal.noMeasurements")
                : getTranslation("board.goal.last", format(goal.measurements().get(goal.measurements().size() - 1).value()));
        // Title, measure, chart, last measurement and period: one piece of markup, as every other card's face.
        CardFace face = new CardFace().paragraph("card-text", goal.title())
                .line("goal-measure", (goal.measure() == null ? "" : goal.measure()) + target)
                .chart(GoalChart.svg(goal, goal.title() + ": " + last))
                .line("goal-last", last)
                .line("card-author", getTranslation("board.goal.period", BoardTexts.date(getLocale(), goal.startedOn()),
                        BoardTexts.date(getLocale(), goal.endsOn())));
        if (!goal.running()) {
            addClassName("goal-closed");
            face.badge(getTranslation("board.goal.outcome." + goal.outcome())
                    + (goal.outcomeNote() == null ? "" : ": " + goal.outcomeNote()), "contrast");
            addFace(face.buttons(tools(new CardButtons("card-tools").text(act("goal-reopen",
                    () -> fire(new CardEvents.ReopenEvent(this))), getTranslation("board.goal.reopen"), "small",
                    true))));
            return;
        }
        // The pencil and the bin stand with the goal's words; measuring, the measurements, closing and
        // the comments are buttons at its foot, whose parts are made when they first unfold.
        addFace(face.buttons(tools(new CardButtons("card-tools"))));
        unfolds("goal-measure", "goal-measure-toggle", () -> getTranslation("board.goal.measure.new"),
                this::measurementRow).onOpen(() -> measurement.focus());
        if (!goal.measurements().isEmpty()) {
            unfolds("goal-measurements", "goal-measurements-toggle",
                    () -> getTranslation("board.goal.measurements", goal.measurementCount()), () -> measurementLines(goal));
        }
        unfolds("goal-close-out", "goal-close-out-toggle", () -> getTranslation("board.goal.close"),
                () -> closeOutForm(goal));
        takesComments();
    }

    private HorizontalLayout measurementRow() {
        NumberField value = new NumberField();
        measurement = value;
        value.setPlaceholder(getTranslation("board.goal.measurement"));
        value.setAriaLabel(getTranslation("board.goal.measurement"));
        value.addClassName("goal-measurement");
        Button add = CardButtons.iconButton("plus", getTranslation("board.goal.measurement"), click -> {
            if (value.getValue() != null) {
                fire(new CardEvents.MeasureEvent(this, value.getValue()));
            }
        });
        add.addClassName("goal-measurement-add");
        add.addClickShortcut(Key.ENTER).listenOn(value);
        return new HorizontalLayout(value, add);
    }

    /** Each shown measurement with a pencil and a bin (a typo is mended here); older ones are only counted. */
    private VerticalLayout measurementLines(GoalCard goal) {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        if (goal.olderMeasurements() > 0) {
            Span older = new Span(getTranslation("board.goal.measurements.older", goal.olderMeasurements()));
            older.addClassName("goal-measurements-older");
            lines.add(older);
        }
        for (int i = 0; i < goal.measurements().size(); i++) {
            GoalCard.MeasurementPoint point = goal.measurements().get(i);
            // The service counts a measurement's place among all of the goal's, older ones included.
            int index = goal.olderMeasurements() + i;
            Span line = new Span(BoardTexts.day(getLocale(), point.measuredOn()) + ": " + format(point.value()));
            line.addClassName("goal-measurement-line");
            HorizontalLayout row = new HorizontalLayout(line,
                    tool(VaadinIcon.EDIT, "board.goal.measurement.edit", "goal-measurement-edit",
                            () -> fire(new CardEvents.MeasurementChangeEvent(this, index, false))),
                    tool(VaadinIcon.TRASH, "board.goal.measurement.delete", "goal-measurement-delete",
                            () -> fire(new CardEvents.MeasurementChangeEvent(this, index, true))));
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            lines.add(row);
        }
        return lines;
    }

    /** The outcome, a why and the button that closes the goal: made when the team unfolds "close". */
    private HorizontalLayout closeOutForm(GoalCard goal) {
        Select<GoalOutcome> outcome = new Select<>();
        outcome.setItems(GoalOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("board.goal.outcome." + o));
        outcome.setPlaceholder(getTranslation("board.goal.close"));
        outcome.setAriaLabel(getTranslation("board.goal.close"));
        outcome.addClassName("goal-outcome");
        // The last measurement suggests the outcome; the team may still choose otherwise (and is asked).
        goal.suggestedOutcome().ifPresent(outcome::setValue);
        TextField why = new TextField();
        why.setPlaceholder(getTranslation("board.goal.why"));
        why.setAriaLabel(getTranslation("board.goal.why"));
        why.addClassName("goal-why");
        // A too-long why is refused on this field, which keeps what was typed.
        InputErrors.Form form = InputErrors.form(null).field(BoardFields.TEXT, why);
        Button close = new Button(getTranslation("board.goal.closeButton"), click -> {
            if (outcome.getValue() != null) {
                fire(new CardEvents.CloseGoalEvent(this, outcome.getValue(), why.getValue(), form));
            }
        });
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        close.addClassName("goal-close");
        return new HorizontalLayout(outcome, why, close);
    }

    @Override
    long version() {
        return data().version();
    }
}
