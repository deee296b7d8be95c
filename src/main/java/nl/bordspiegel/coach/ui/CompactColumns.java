package nl.bordspiegel.coach.ui;

import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;

/**
 * Shows a grid's less important columns only where they fit, so no coach has to scroll
 * sideways: a laptop loses the details, a phone keeps the team, why it needs attention and
 * what is missing or late. The CSV export still holds every column.
 */
final class CompactColumns {

    private CompactColumns() {
    }

    /** @param widestNeeded per column key, the narrowest window (CSS px) at which it is shown */
    static void apply(Grid<?> grid, Map<String, Integer> widestNeeded) {
        grid.addAttachListener((AttachEvent attach) -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(grid, widestNeeded, details.getWindowInnerWidth()));
            page.addBrowserWindowResizeListener(resize -> show(grid, widestNeeded, resize.getWidth()));
        });
    }

    private static void show(Grid<?> grid, Map<String, Integer> widestNeeded, int width) {
        widestNeeded.forEach((key, least) -> {
            Grid.Column<?> column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(width >= least);
            }
        });
    }
}
