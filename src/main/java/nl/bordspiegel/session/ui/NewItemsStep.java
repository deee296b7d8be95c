package nl.bordspiegel.session.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.Board;
import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.TypedChoice;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * The new ideas and actions step: adopt an idea, add an idea, or add an action with an
 * owner and a date, as the step's hint asks. Fires {@link AdoptEvent}, {@link QuickAdd.AddEvent}
 * (a new idea) and {@link NewActionEvent}.
 */
class NewItemsStep extends VerticalLayout {

    private final QuickAdd idea = new QuickAdd("session-add-idea", "board.idea.add");
    private final TextField title = new TextField();
    private final ComboBox<PersonSummary> owner = new ComboBox<>();

    NewItemsStep(Board board) {
        setPadding(false);
        board.ideas().forEach(card -> add(ideaRow(card)));
        add(idea, actionForm(board));
    }

    private HorizontalLayout ideaRow(IdeaCard card) {
        Button adopt = new Button(getTranslation("board.idea.adopt"), click -> fireEvent(new AdoptEvent(this, card)));
        adopt.addClassName("session-adopt");
        adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout row = new HorizontalLayout(new Span(getTranslation("session.item", card.text(),
                card.authorName())), adopt);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout actionForm(Board board) {
        title.setId("session-add-action");
        title.setPlaceholder(getTranslation("board.action.add"));
        title.setAriaLabel(getTranslation("board.action.add"));
        title.setWidth("24em");
        owner.setItems(board.owners());
        owner.setItemLabelGenerator(PersonSummary::name);
        TypedChoice.accepting(owner, getLocale());
        owner.setPlaceholder(getTranslation("board.action.ownerLabel"));
        owner.setAriaLabel(getTranslation("board.action.ownerLabel"));
        owner.setId("session-add-action-owner");
        DatePicker due = WidgetTexts.localised(new DatePicker(), getLocale());
        due.setPlaceholder(getTranslation("board.action.dueLabel"));
        due.setAriaLabel(getTranslation("board.action.dueLabel"));
        due.setId("session-add-action-due");
        Button add = new Button(VaadinIcon.PLUS.create(), click -> fireEvent(new NewActionEvent(this, title.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), due.getValue())));
        add.setId("session-add-action-button");
        add.setAriaLabel(getTranslation("board.action.add"));
        add.addClickShortcut(Key.ENTER).listenOn(title);
        HorizontalLayout form = new HorizontalLayout(title, owner, due, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    /** Where a refusal of a new action shows: on its owner when it names the owner, else on its title. */
    InputErrors.Form actionForm() {
        return InputErrors.form(null).field(BoardFields.TEXT, title).field(BoardFields.OWNER, owner);
    }

    Registration addIdeaListener(ComponentEventListener<QuickAdd.AddEvent> listener) {
        return idea.addAddListener(listener);
    }

    Registration addAdoptListener(ComponentEventListener<AdoptEvent> listener) {
        return addListener(AdoptEvent.class, listener);
    }

    Registration addNewActionListener(ComponentEventListener<NewActionEvent> listener) {
        return addListener(NewActionEvent.class, listener);
    }

    static class AdoptEvent extends ComponentEvent<NewItemsStep> {
        private final IdeaCard idea;

        AdoptEvent(NewItemsStep source, IdeaCard idea) {
            super(source, false);
            this.idea = idea;
        }

        IdeaCard idea() { return idea; }
    }

    static class NewActionEvent extends ComponentEvent<NewItemsStep> {
        private final String title;
        private final Long ownerId;
        private final LocalDate due;

        NewActionEvent(NewItemsStep source, String title, Long ownerId, LocalDate due) {
            super(source, false);
            this.title = title;
            this.ownerId = ownerId;
            this.due = due;
        }

        String title() { return title; }
        Long ownerId() { return ownerId; }
        LocalDate due() { return due; }
    }
}
