package nl.bordspiegel.board.ui;

import static nl.bordspiegel.shared.Markup.escape;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import nl.bordspiegel.board.Board;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.shared.PresentNow;

/** The board's name, whom the cards are typed for, and the links to the session, history and CSV. */
class BoardHeader extends HorizontalLayout {

    private final ComboBox<PersonSummary> author = new ComboBox<>();
    private final long signedInPersonId;
    private final PresentNow present = new PresentNow();

    BoardHeader(Board board, DownloadHandler csv) {
        signedInPersonId = board.signedInPersonId();
        long teamId = board.team().id();
        author.setItems(board.authors());
        author.setItemLabelGenerator(PersonSummary::name);
        author.setLabel(getTranslation("board.author"));
        author.setId("board-author");
        author.setValue(board.authors().stream().filter(p -> p.id() == signedInPersonId).findFirst().orElse(null));
        author.setAllowCustomValue(false);
        // The session and history are links the router follows in the page, by path (so the board does not
        // depend on the session feature), and markup: they never reach the server as components.
        Div links = new Div();
        links.addClassName("board-header-links");
        links.getElement().setProperty("innerHTML",
                link("board-session-link", "board-button-link", getTranslation("board.session"), "bord/" + teamId + "/sessie")
                        + link("board-history-link", "", getTranslation("board.history"),
                                "bord/" + teamId + "/geschiedenis"));
        Anchor download = new Anchor(csv, getTranslation("board.csv.download"));
        download.setId("board-actions-csv");
        H1 name = new H1();
        // Words as markup: one state node, where a heading with a text kept two.
        name.getElement().setProperty("innerHTML", escape(board.team().name()));
        add(name, present, author, links, download);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        expand(name);
        addClassName("board-header");
    }

    PresentNow present() {
        return present;
    }

    /** Where a refusal of the picked author shows. */
    ComboBox<PersonSummary> authorField() {
        return author;
    }

    /** Whom a new card is written for: the picked author, or the signed-in person. */
    long authorId() {
        return author.getValue() == null ? signedInPersonId : author.getValue().id();
    }

    void authors(java.util.List<PersonSummary> authors) {
        PersonSummary picked = author.getValue();
        author.setItems(authors);
        author.setValue(picked == null ? null
                : authors.stream().filter(p -> p.id() == picked.id()).findFirst().orElse(null));
    }

    private static String link(String id, String className, String text, String path) {
        return "<a router-link id=\"" + id + "\" class=\"" + className + "\" href=\"" + escape(path) + "\">"
                + escape(text) + "</a>";
    }
}
