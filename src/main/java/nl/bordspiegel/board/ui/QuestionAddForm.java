package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Markup;
import nl.bordspiegel.shared.Vocabulary.CommentKind;

/**
 * A question, remark or idea about the board as a whole. Its kind is chosen with one tap on a
 * row of buttons (a list that opens costs a touch board two); the row is markup with one
 * listener, one state node where a select kept eight.
 */
class QuestionAddForm extends VerticalLayout {

    private final Div kinds = new Div();
    private final AddRow text;
    private CommentKind kind = CommentKind.QUESTION;

    QuestionAddForm() {
        setPadding(false);
        setSpacing(false);
        kinds.setId("add-question-kind");
        kinds.addClassName("question-kinds");
        kinds.getElement().setAttribute("role", "group");
        kinds.getElement().setAttribute("aria-label", getTranslation("board.comment.kind"));
        StringBuilder buttons = new StringBuilder();
        for (CommentKind offered : List.of(CommentKind.QUESTION, CommentKind.COMMENT, CommentKind.IDEA)) {
            buttons.append("<vaadin-button data-kind=\"").append(offered.name()).append("\" theme=\"small\" aria-pressed=\"")
                    .append(offered == kind).append("\">")
                    .append(Markup.escape(getTranslation("board.comment.kind." + offered))).append("</vaadin-button>");
        }
        Markup.draw(kinds.getElement(), buttons.toString());
        Markup.onPress(kinds.getElement(), "kind", kind -> choose(CommentKind.valueOf(kind)));
        text = new AddRow("add-question-text", getTranslation("board.question.add"));
        text.onAdd(add -> fireEvent(new AddQuestionEvent(this, kind, add.text())));
        add(kinds, text);
    }

    /** The kind the next card gets; it stays chosen for the card after it. */
    void choose(CommentKind chosen) {
        kind = chosen;
        // Only the buttons' state changes in the browser, so the pressed one keeps the keyboard focus.
        kinds.getElement().executeJs("this.querySelectorAll('[data-kind]').forEach(button =>"
                + " button.setAttribute('aria-pressed', String(button.dataset.kind === $0)));", chosen.name());
    }

    void saved() {
        text.saved();
    }

    /** Where a refusal of the question's text shows. */
    InputErrors.Form form() {
        return text.form();
    }

    Registration onAdd(ComponentEventListener<AddQuestionEvent> listener) {
        return addListener(AddQuestionEvent.class, listener);
    }

    static final class AddQuestionEvent extends ComponentEvent<QuestionAddForm> {
        private final CommentKind kind;
        private final String text;

        AddQuestionEvent(QuestionAddForm source, CommentKind kind, String text) {
            super(source, false);
            this.kind = kind;
            this.text = text;
        }

        CommentKind kind() {
            return kind;
        }

        String text() {
            return text;
        }
    }
}
