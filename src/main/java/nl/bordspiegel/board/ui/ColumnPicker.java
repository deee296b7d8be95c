package nl.bordspiegel.board.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

import nl.bordspiegel.shared.SkipLink;

/**
 * Links to each board column. From the keyboard they skip straight to a column; on a
 * phone, where one column is shown at a time, they are the tabs that choose it. The choice
 * is made in the browser (a data attribute the theme reads), so switching costs no round trip.
 */
final class ColumnPicker extends Nav {

    /** The column a phone shows first. */
    static final String FIRST = "successes";

    ColumnPicker(String label, List<String> columns, java.util.function.Function<String, String> title) {
        addClassName("board-column-picker");
        setId("board-column-picker");
        getElement().setAttribute("aria-label", label);
        for (String column : columns) {
            Anchor link = SkipLink.to(title.apply(column), "#column-" + column);
            link.removeClassName("skip-link");
            link.addClassName("board-column-tab");
            link.setId("pick-" + column);
            link.getElement().setAttribute("data-column", column);
            if (column.equals(FIRST)) {
                link.getElement().setAttribute("aria-current", "true");
            }
            add(link);
        }
        getElement().executeJs("""
                this.addEventListener('skipping', event => {
                    const column = event.target.dataset.column;
                    const columns = document.querySelector('.board-columns');
                    if (columns && column) { columns.dataset.shown = column; }
                    this.querySelectorAll('[data-column]').forEach(link =>
                        link.toggleAttribute('aria-current', link.dataset.column === column));
                });
                """);
    }
}
