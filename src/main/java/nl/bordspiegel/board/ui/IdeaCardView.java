package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.board.IdeaCard;
import nl.bordspiegel.shared.Vocabulary.IdeaStatus;

/** An improvement idea: the team adopts, parks or drops it. */
class IdeaCardView extends BoardCardView<IdeaCard> {

    IdeaCardView(IdeaCard idea, int comments) {
        super(CardKind.IDEA, idea, comments);
        addBody(idea.text(), idea.authorName(), idea.proposedOn());
        if (idea.status() == IdeaStatus.PARKED) {
            add(badge(getTranslation("board.idea.parked"), "contrast"));
        }
        Button adopt = decision("board.idea.adopt", IdeaStatus.ADOPTED, "idea-adopt", ButtonVariant.LUMO_PRIMARY);
        Button park = decision("board.idea.park", IdeaStatus.PARKED, "idea-park");
        park.setVisible(idea.status() != IdeaStatus.PARKED);
        Button drop = decision("board.idea.drop", IdeaStatus.DROPPED, "idea-drop", ButtonVariant.LUMO_TERTIARY);
        add(new HorizontalLayout(adopt, park, drop));
        addTools();
        addComments();
    }

    private Button decision(String labelKey, IdeaStatus decision, String className, ButtonVariant... variants) {
        Button button = new Button(getTranslation(labelKey), click -> fireEvent(new CardEvents.DecideEvent(this, decision)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addThemeVariants(variants);
        button.addClassName(className);
        return button;
    }

    @Override
    long version() {
        return data().version();
    }
}
