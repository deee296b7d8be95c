package nl.bordspiegel.board.ui;

import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** An improvement idea: the team adopts, parks or drops it. */
class IdeaCardView extends BoardCardView<IdeaCard> {

    IdeaCardView(IdeaCard idea, int comments) {
        super(CardKind.IDEA, idea, comments);
        CardFace face = body(idea.text(), idea.authorName(), idea.proposedOn());
        if (idea.status() == IdeaStatus.PARKED) {
            face.badge(getTranslation("board.idea.parked"), "contrast");
        }
        CardButtons decisions = new CardButtons("idea-decisions");
        decision(decisions, "board.idea.adopt", IdeaStatus.ADOPTED, "idea-adopt", "small primary");
        if (idea.status() != IdeaStatus.PARKED) {
            decision(decisions, "board.idea.park", IdeaStatus.PARKED, "idea-park", "small");
        }
        decision(decisions, "board.idea.drop", IdeaStatus.DROPPED, "idea-drop", "small tertiary");
        addFaceWithComments(face.buttons(decisions).buttons(tools(new CardButtons("card-tools"))));
    }

    private void decision(CardButtons buttons, String labelKey, IdeaStatus decision, String act, String theme) {
        buttons.text(act(act, () -> fire(new CardEvents.DecideEvent(this, decision))), getTranslation(labelKey),
                theme, true);
    }

    @Override
    long version() {
        return data().version();
    }
}
