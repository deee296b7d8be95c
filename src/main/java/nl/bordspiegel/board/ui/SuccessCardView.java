package nl.bordspiegel.board.ui;

import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.SuccessCard;

/** Something that went well, with its comments. */
class SuccessCardView extends BoardCardView<SuccessCard> {

    SuccessCardView(SuccessCard success, int comments) {
        super(CardKind.SUCCESS, success, comments);
        addFaceWithComments(body(success.text(), success.authorName(), success.notedOn())
                .buttons(tools(new CardButtons("card-tools"))));
    }

    @Override
    long version() {
        return data().version();
    }
}
