package nl.bordspiegel.board.ui;

import static nl.bordspiegel.shared.Markup.escape;

import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import nl.bordspiegel.board.Board;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.Markup;
import nl.bordspiegel.shared.PresentNow;
import nl.bordspiegel.shared.TypedChoice;

/**
 * The board's name, who else has it open, whom the cards are typed for, and the links to the
 * session, history and CSV. Cards are typed for the signed-in person until someone picks another
 * author: the picker is made on the first press of the button that names the author, as most
 * screens never change it.
 */
class BoardHeader extends HorizontalLayout {

    private final long signedInPersonId;
    private final PresentNow present = new PresentNow();
    /** The author button and the links: markup, one state node. */
    private final Div links = new Div();
    private final long teamId;
    private List<PersonSummary> authors;
    private ComboBox<PersonSummary> author;

    BoardHeader(Board board, DownloadHandler csv) {
        signedInPersonId = board.signedInPersonId();
        authors = board.authors();
        teamId = board.team().id();
        links.addClassName("board-header-links");
        authors.stream().filter(person -> person.id() == signedInPersonId).findFirst().ifPresentOrElse(
                me -> Markup.draw(links.getElement(), "<vaadin-button data-author id=\"board-author-pick\""
                        + " theme=\"tertiary\" aria-haspopup=\"listbox\">" + escape(getTranslation("board.author") + ": "
                                + me.name()) + "</vaadin-button>" + linksMarkup()),
                () -> Markup.draw(links.getElement(), linksMarkup()));
        Markup.onPress(links.getElement(), "author", pressed -> pickAuthor());
        Anchor download = new Anchor(csv, getTranslation("board.csv.download"));
        download.setId("board-actions-csv");
        H1 name = new H1();
        // Words as markup: one state node, where a heading with a text kept two.
        Markup.draw(name.getElement(), escape(board.team().name()));
        add(name, present, links, download);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        expand(name);
        addClassName("board-header");
    }

    PresentNow present() {
        return present;
    }

    /** Shows the author picker in place of its button, opened, with the signed-in person picked. */
    private void pickAuthor() {
        picker().setOpened(true);
        author.focus();
    }

    /**
     * Where a refusal of the author shows, for a form: a refusal makes the picker, to stand on it
     * and let another author be picked; taking a refusal away leaves an unmade picker unmade.
     */
    HasValidation authorField() {
        return authorRefusals;
    }

    private final TypedChoice.StandIn authorRefusals = new TypedChoice.StandIn() {
        @Override
        public boolean unresolved() {
            return author != null && TypedChoice.unresolved(author);
        }

        @Override
        public void setErrorMessage(String message) {
            if (message != null || author != null) {
                picker().setErrorMessage(message);
            }
        }

        @Override
        public String getErrorMessage() {
            return author == null ? null : author.getErrorMessage();
        }

        @Override
        public void setInvalid(boolean invalid) {
            if (invalid || author != null) {
                picker().setInvalid(invalid);
            }
        }

        @Override
        public boolean isInvalid() {
            return author != null && author.isInvalid();
        }
    };

    /** The author picker, made in place of its button the first time it is needed. */
    private ComboBox<PersonSummary> picker() {
        if (author == null) {
            author = new ComboBox<>(getTranslation("board.author"));
            author.setItems(authors);
            author.setItemLabelGenerator(PersonSummary::name);
            author.setId("board-author");
            TypedChoice.accepting(author, getLocale());
            author.setValue(authors.stream().filter(p -> p.id() == signedInPersonId).findFirst().orElse(null));
            addComponentAtIndex(indexOf(links), author);
            Markup.draw(links.getElement(), linksMarkup());
        }
        return author;
    }

    /** Whom a new card is written for: the picked author, or the signed-in person. */
    long authorId() {
        return author == null || author.getValue() == null ? signedInPersonId : author.getValue().id();
    }

    void authors(List<PersonSummary> authors) {
        this.authors = authors;
        if (author != null) {
            PersonSummary picked = author.getValue();
            author.setItems(authors);
            author.setValue(picked == null ? null
                    : authors.stream().filter(p -> p.id() == picked.id()).findFirst().orElse(null));
        }
    }

    /**
     * The session and history are links the router follows in the page, by path (so the board does
     * not depend on the session feature), and markup: they never reach the server as components.
     * Made when drawn, not kept: the element already holds the markup once.
     */
    private String linksMarkup() {
        return link("board-session-link", "board-button-link", getTranslation("board.session"), "bord/" + teamId + "/sessie")
                + link("board-history-link", "", getTranslation("board.history"), "bord/" + teamId + "/geschiedenis");
    }

    private static String link(String id, String className, String text, String path) {
        return "<a router-link id=\"" + id + "\" class=\"" + className + "\" href=\"" + escape(path) + "\">"
                + escape(text) + "</a>";
    }
}
