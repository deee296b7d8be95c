package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import nl.bordspiegel.board.BoardTexts;
import nl.bordspiegel.board.IdeaCard;

/**
 * The ideas parked longer than a cycle ago, folded under the ideas column: the board shows the
 * present, and these stay one click away however many years pile up. Unfolded, they come as a
 * lazy list that reads a page at a time.
 */
class OlderParkedIdeas extends Details {

    interface Pages {
        List<IdeaCard> page(int offset, int limit);
    }

    OlderParkedIdeas(int count, Pages pages) {
        super();
        setSummaryText(getTranslation("board.idea.olderParked", count));
        addClassName("older-parked-ideas");
        setVisible(count > 0);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                VirtualList<IdeaCard> list = new VirtualList<>();
                list.addClassName("older-parked-list");
                list.setRenderer(new ComponentRenderer<>(this::line));
                list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<IdeaCard>fromCallbacks(
                        query -> pages.page(query.getOffset(), query.getLimit()).stream(), query -> count));
                list.setHeight("16em");
                add(list);
            }
        });
    }

    private Div line(IdeaCard idea) {
        Paragraph text = new Paragraph(idea.text());
        text.addClassName("card-text");
        Span by = new Span(getTranslation("board.by", idea.authorName(), BoardTexts.day(getLocale(), idea.proposedOn())));
        by.addClassName("card-author");
        Div line = new Div(text, by);
        line.addClassName("older-parked-idea");
        return line;
    }
}
