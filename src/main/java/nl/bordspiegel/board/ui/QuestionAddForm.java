package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Vocabulary.CommentKind;

/** A question, remark or idea about the board as a whole. */
class QuestionAddForm extends VerticalLayout {

    private final AddRow text;

    QuestionAddForm() {
        setPadding(false);
        setSpacing(false);
        Select<CommentKind> kind = new Select<>();
        kind.setItems(CommentKind.QUESTION, CommentKind.COMMENT, CommentKind.IDEA);
        kind.setValue(CommentKind.QUESTION);
        kind.setItemLabelGenerator(k -> getTranslation("board.comment.kind." + k));
        kind.setAriaLabel(getTranslation("board.comment.kind"));
        kind.setId("add-question-kind");
        kind.setWidth("9em");
        text = new AddRow("add-question-text", getTranslation("board.question.add"));
        text.onAdd(add -> fireEvent(new AddQuestionEvent(this, kind.getValue(), add.text())));
        add(kind, text);
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
