package nl.bordspiegel.board.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * What a column keeps from before the present, folded under it: ideas parked longer than a
 * cycle ago, actions overdue for longer than a cycle. The board shows the present, and these
 * stay one click away however many years pile up. Unfolded, they come as a lazy list that reads
 * a page at a time, one line each.
 *
 * @param <T> the card as the service gives it
 */
class OlderCards<T> extends Fold {

    interface Pages<T> {
        List<T> page(int offset, int limit);
    }

    /** What one line of the list says: the card's text and, below it, who and when. */
    record Line(String text, String about) {
    }

    OlderCards(String name, String summary, int count, Pages<T> pages, Function<T, Line> line) {
        super("older-" + name, summary, () -> list(count, pages, line));
        setVisible(count > 0);
    }

    private static <T> VirtualList<T> list(int count, Pages<T> pages, Function<T, Line> line) {
        VirtualList<T> list = new VirtualList<>();
        list.addClassName("older-list");
        list.setRenderer(new ComponentRenderer<>(card -> line(line.apply(card))));
        list.setDataProvider(DataProvider.<T>fromCallbacks(
                query -> pages.page(query.getOffset(), query.getLimit()).stream(), query -> count));
        list.setHeight("16em");
        return list;
    }

    private static Div line(Line card) {
        Paragraph text = new Paragraph(card.text());
        text.addClassName("card-text");
        Span about = new Span(card.about());
        about.addClassName("card-author");
        Div line = new Div(text, about);
        line.addClassName("older-card");
        return line;
    }
}
