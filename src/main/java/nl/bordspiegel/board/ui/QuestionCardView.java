package nl.bordspiegel.board.ui;

import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;

/** A question or remark about the board as a whole. */
class QuestionCardView extends BoardCardView<CommentCard> {

    QuestionCardView(CommentCard comment) {
        super(CardKind.COMMENT, comment, 0);
        addClassName("card-question");
        add(badge(getTranslation("board.comment.kind." + comment.kind()), ""));
        addBody(comment.text(), comment.authorName(), comment.writtenOn());
        addTools();
    }

    @Override
    long version() {
        return data().version();
    }
}
