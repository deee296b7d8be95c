package nl.bordspiegel.board.ui;

import static nl.bordspiegel.shared.Markup.escape;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Nav;

import nl.bordspiegel.shared.Markup;

/**
 * Links to each board column. From the keyboard they skip straight to a column; on a
 * phone, where one column is shown at a time, they are the tabs that choose it. The choice
 * is made in the browser (a data attribute the theme reads), so switching costs no round trip.
 * The links are one piece of markup with one listener in the browser: they never reach the
 * server, so the server keeps no component for each.
 */
final class ColumnPicker extends Nav {

    /** The column a phone shows first. */
    static final String FIRST = "successes";

    ColumnPicker(String label, List<String> columns, Function<String, String> title) {
        addClassName("board-column-picker");
        setId("board-column-picker");
        getElement().setAttribute("aria-label", label);
        StringBuilder links = new StringBuilder();
        for (String column : columns) {
            // router-ignore: the router must not treat the jump as a navigation.
            links.append("<a href=\"#\" router-ignore class=\"board-column-tab\" id=\"pick-").append(column)
                    .append("\" data-column=\"").append(column).append('"')
                    .append(column.equals(FIRST) ? " aria-current=\"true\"" : "").append('>')
                    .append(escape(title.apply(column))).append("</a>");
        }
        Markup.draw(getElement(), links.toString());
        // As a skip link does (shared/SkipLink): show the column, then move the focus to it.
        getElement().executeJs("""
                this.addEventListener('click', event => {
                    const link = event.target.closest('[data-column]');
                    if (!link) { return; }
                    event.preventDefault();
                    const column = link.dataset.column;
                    const columns = document.querySelector('.board-columns');
                    if (columns) { columns.dataset.shown = column; }
                    this.querySelectorAll('[data-column]').forEach(other => other === link
                        ? other.setAttribute('aria-current', 'true') : other.removeAttribute('aria-current'));
                    const target = document.getElementById('column-' + column);
                    if (!target) { return; }
                    if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
                    target.scrollIntoView({block: 'start'});
                    target.focus({preventScroll: true});
                });
                """);
    }
}
