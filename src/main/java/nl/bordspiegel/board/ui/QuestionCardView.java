package nl.bordspiegel.board.ui;

import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.CommentCard;

/** A question or remark about the board as a whole. */
class QuestionCardView extends BoardCardView<CommentCard> {

    QuestionCardView(CommentCard comment) {
        super(CardKind.COMMENT, comment, 0);
        addClassName("card-question");
        CardFace face = new CardFace().badge(getTranslation("board.comment.kind." + comment.kind()), "");
        addFace(body(face, comment.text(), comment.authorName(), comment.writtenOn())
                .buttons(tools(new CardButtons("card-tools"))));
    }

    @Override
    long version() {
        return data().version();
    }
}
