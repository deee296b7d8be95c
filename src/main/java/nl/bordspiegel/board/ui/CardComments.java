package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import nl.bordspiegel.board.CommentCard;

/** Questions and comments about one card, folded away until someone opens them. */
class CardComments extends Details {

    private final TextField text = new TextField();

    CardComments(BoardCardView<?> card, List<CommentCard> about) {
        setSummaryText(getTranslation("board.comments", about.size()));
        addClassName("card-comments");
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        content.setSpacing(false);
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
            content.add(row);
        }
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
        content.add(row);
        add(content);
    }
}
