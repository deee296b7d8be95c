package nl.bordspiegel.board.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;

import nl.bordspiegel.board.BoardCard;
import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.CardKind;
import nl.bordspiegel.shared.Markup;

/**
 * One card on the board. Its identity is its kind and id ({@link #key()}): the board keeps a
 * card component while the card is unchanged (a new comment only changes its count), and
 * replaces only the card that changed. It knows nothing of the service: it fires
 * {@link CardEvents} the board acts on.
 *
 * @param <T> the card as the service shows it (a record, so equal data means nothing changed)
 */
abstract class BoardCardView<T extends BoardCard> extends Div {

    private final CardKind kind;
    private final long id;
    private final T data;
    private int comments;
    /** The card's words and buttons (CardFace); only its comments button is drawn again, when the count changes. */
    private Div face;
    private Unfolding commentsFold;
    private CardComments commentsPanel;
    /** What each of the card's markup buttons does, by its {@code data-act}; a disabled button has none. */
    private final Map<String, Runnable> acts = new HashMap<>();
    private Consumer<CardEvents.CardEvent> board = event -> { };

    /** Where the foot of the face starts: the buttons that unfold parts of the card, the last part of a face. */
    private static final String FOOT = "<div class=\"card-comments card-foot\">";
    private final List<FootButton> foot = new ArrayList<>();

    BoardCardView(CardKind kind, T data, int comments) {
        this.kind = kind;
        this.id = data.id();
        this.data = data;
        this.comments = comments;
        String name = kind.name().toLowerCase();
        addClassNames("card", "card-" + name);
        setId("card-" + name + "-" + id);
        // A changed card is rebuilt and takes the pressed button with it; the board then gives
        // the card itself the keyboard focus (see BoardView#focus), so it must be focusable.
        getElement().setAttribute("tabindex", "-1");
    }

    /**
     * Does what the button named {@code act} does, when the card offers it now (a disabled one is not
     * offered). The board's one listener for every card's buttons calls it ({@link BoardView}).
     */
    void press(String act) {
        Runnable action = acts.get(act);
        if (action != null) {
            action.run();
        }
    }

    /** Registers what a markup button does; a button shown disabled is never registered. */
    String act(String act, Runnable action) {
        acts.put(act, action);
        return act;
    }

    static String key(CardKind kind, long id) {
        return kind + "-" + id;
    }

    String key() {
        return key(kind, id);
    }

    CardKind kind() {
        return kind;
    }

    long cardId() {
        return id;
    }

    T data() {
        return data;
    }

    /** True when this component already shows exactly this card. */
    boolean shows(BoardCard card) {
        return Objects.equals(data, card);
    }

    /** The comments stay open or shut as the user left them, with what was typed, when the card is rebuilt. */
    void takeOverFrom(BoardCardView<?> previous) {
        if (commentsFold != null && previous.commentsFold != null && previous.commentsFold.isOpened()) {
            commentsFold.setOpened(true);
            commentsPanel.takeOverFrom(previous.commentsPanel);
        }
    }

    /** The card's comments panel, when it has one and it is unfolded: then it shows the comments themselves. */
    Optional<CardComments> openComments() {
        return Optional.ofNullable(commentsFold).filter(Unfolding::isOpened).map(fold -> commentsPanel);
    }

    /** Whether the card's comments are unfolded now. */
    boolean commentsOpened() {
        return commentsFold != null && commentsFold.isOpened();
    }

    /** Someone commented (or changed a comment): the number on the card's comments button follows. */
    void commentCount(int count) {
        if (commentsFold != null && count != comments) {
            comments = count;
            drawFace();
        }
    }

    /** Text, author and day: the top of most cards, as the start of the card's one piece of markup. */
    CardFace body(String text, String authorName, java.time.LocalDate on) {
        return body(new CardFace(), text, authorName, on);
    }

    CardFace body(CardFace face, String text, String authorName, java.time.LocalDate on) {
        return face.paragraph("card-text", text)
                .line("card-author", getTranslation("board.by", authorName, BoardTexts.day(getLocale(), on)));
    }

    /** The card's version as the board showed it: a change is refused when someone else saved in between. */
    abstract long version();

    CardButtons tools(CardButtons buttons) {
        return buttons.icon(act("card-edit", () -> fire(new CardEvents.EditEvent(this))), "edit",
                        getTranslation("board.card.edit"))
                .icon(act("card-delete", () -> fire(new CardEvents.DeleteEvent(this))), "trash",
                        getTranslation("board.card.delete"));
    }

    Button tool(VaadinIcon icon, String labelKey, String className, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        // A title, not a Tooltip component: the same hint on hover without extra components on every card.
        button.getElement().setAttribute("title", getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    /** The card's face, one piece of markup ({@link CardFace}). */
    void addFace(CardFace words) {
        face = words.html();
        add(face);
    }

    /**
     * The card's face, ending in the button that unfolds its comments: part of the face's markup,
     * so a card that takes comments is still two state nodes until they are opened.
     */
    void addFaceWithComments(CardFace words) {
        addFace(words);
        takesComments();
    }

    /** Adds the button that unfolds the card's comments to the foot of its face: always the last one. */
    void takesComments() {
        commentsFold = unfolds("comments", "card-comments-toggle", () -> getTranslation("board.comments", comments),
                () -> commentsPanel = new CardComments(this));
        commentsFold.onOpen(() -> fire(new CardEvents.CommentsOpenedEvent(this, commentsPanel)));
    }

    /**
     * Adds a button to the foot of the face that unfolds a part of the card, made when it first
     * opens and placed under the face in the order of the buttons (a goal's measuring and closing,
     * the comments). The foot is drawn anew when a label changes.
     */
    Unfolding unfolds(String act, String className, Supplier<String> label, Supplier<Component> part) {
        Unfolding unfolding = new Unfolding(face.getElement(), "[data-act=" + act + "]", part, made -> place(act, made));
        foot.add(new FootButton(act, className, label, unfolding));
        act(act, () -> unfolding.setOpened(!unfolding.isOpened()));
        drawFace();
        return unfolding;
    }

    /** Puts an unfolded part under the face, after the parts of the buttons before its own. */
    private void place(String act, Component made) {
        int index = 1;
        for (FootButton button : foot) {
            if (button.act().equals(act)) {
                break;
            }
            if (button.unfolding().isMade()) {
                index++;
            }
        }
        addComponentAtIndex(index, made);
    }

    /**
     * Ends the face's markup in its foot: the buttons that unfold parts, with their labels (a count)
     * as they are now. The markup is kept once, as the element's property, and the old foot is cut
     * off its end (it always ends it).
     */
    private void drawFace() {
        String markup = face.getElement().getProperty("innerHTML", "");
        int start = markup.lastIndexOf(FOOT);
        StringBuilder drawn = new StringBuilder(start < 0 ? markup : markup.substring(0, start)).append(FOOT);
        for (FootButton button : foot) {
            drawn.append(Unfolding.toggle("data-act=\"" + button.act() + "\" class=\"fold-toggle " + button.className()
                    + "\"", button.label().get(), button.unfolding().isOpened()));
        }
        Markup.draw(face.getElement(), drawn.append("</div>").toString());
    }

    private record FootButton(String act, String className, Supplier<String> label, Unfolding unfolding) {
    }

    /**
     * Sends the card's events to {@code board}: one listener for all of them. A listener per kind
     * of event (eleven) on every card was about a seventh of an idle board screen's heap.
     */
    void sendTo(Consumer<CardEvents.CardEvent> board) {
        this.board = board;
    }

    /** Tells the board what the card (or one of its parts, its comments panel) asks. */
    void fire(CardEvents.CardEvent event) {
        board.accept(event);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).strip());
        return badge;
    }

    String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(getLocale(), "%.1f", value);
    }
}
