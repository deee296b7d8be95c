package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.board.BoardFields;
import nl.bordspiegel.board.CommentCard;
import nl.bordspiegel.shared.InputErrors;

/**
 * Questions and comments about one card, under it. It is made the first time the button at the
 * end of the card's face opens it ({@link BoardCardView#addFaceWithComments}), and the comments
 * are asked for every time it opens
 * ({@link CardEvents.CommentsOpenedEvent}), so an idle board holds no comment components.
 */
class CardComments extends Div {

    private final BoardCardView<?> card;
    private final VerticalLayout lines = new VerticalLayout();
    private TextField text;

    CardComments(BoardCardView<?> card) {
        this.card = card;
        addClassName("card-comments-panel");
        lines.setPadding(false);
        lines.setSpacing(false);
    }

    /** The comments as they are now; the field below them keeps what was typed. */
    void show(List<CommentCard> about) {
        if (text == null) {
            add(lines, commentRow());
        }
        lines.removeAll();
        card.commentCount(about.size());
        for (CommentCard comment : about) {
            Paragraph line = new Paragraph(getTranslation("board.comment.line",
                    getTranslation("board.comment.kind." + comment.kind()), comment.text(), comment.authorName()));
            line.addClassName("card-comment");
            HorizontalLayout row = new HorizontalLayout(line,
                    card.tool(VaadinIcon.EDIT, "board.comment.edit", "card-comment-edit",
                            () -> card.fire(new CardEvents.CommentChangeEvent(card, comment, false))),
                    card.tool(VaadinIcon.TRASH, "board.comment.delete", "card-comment-delete",
                            () -> card.fire(new CardEvents.CommentChangeEvent(card, comment, true))));
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            row.expand(line);
            row.setWidthFull();
            lines.add(row);
        }
    }

    /** The comment was stored: the field is empty for the next one. */
    void saved() {
        if (text != null) {
            text.clear();
        }
    }

    /** Where a refusal of the comment shows: on its field, which keeps what was typed. */
    InputErrors.Form form() {
        return InputErrors.form(null).field(BoardFields.TEXT, text);
    }

    /** A rebuilt card's panel keeps what was typed in the old one. */
    void takeOverFrom(CardComments previous) {
        if (text != null && previous.text != null) {
            text.setValue(previous.text.getValue());
        }
    }

    private HorizontalLayout commentRow() {
        text = new TextField();
        text.setPlaceholder(getTranslation("board.comment.add"));
        text.setAriaLabel(getTranslation("board.comment.add"));
        text.setWidthFull();
        text.addClassName("card-comment-field");
        Button add = new Button(VaadinIcon.COMMENT.create(), click -> {
            if (!text.getValue().isBlank()) {
                card.fire(new CardEvents.CommentEvent(card, text.getValue(), this));
            }
        });
        add.setAriaLabel(getTranslation("board.comment.add"));
        add.addClassName("card-comment-add");
        add.addClickShortcut(Key.ENTER).listenOn(text);
        HorizontalLayout row = new HorizontalLayout(text, add);
        row.setWidthFull();
        return row;
    }
}
