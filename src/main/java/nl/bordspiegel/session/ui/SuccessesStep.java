package nl.bordspiegel.session.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;

import nl.bordspiegel.board.Board;

/** The successes step: what went well, and one line to add another. */
class SuccessesStep extends VerticalLayout {

    private final QuickAdd add = new QuickAdd("session-add-success", "board.success.add");

    SuccessesStep(Board board) {
        setPadding(false);
        board.successes().forEach(success -> add(new Paragraph(getTranslation("session.item", success.text(),
                success.authorName()))));
        add(add);
    }

    Registration addSuccessListener(ComponentEventListener<QuickAdd.AddEvent> listener) {
        return add.addAddListener(listener);
    }
}
