package nl.bordspiegel.board.ui;

import com.vaadin.flow.component.Component;

/**
 * A {@code vaadin-details} tells the server {@code opened-changed} the moment it is drawn, though
 * it is still as closed as the server made it ({@code Details} synchronises {@code opened} on that
 * event). Every card has one (its comments), so a card that arrives live made every other screen
 * send one request back: for a classroom of 30 screens, 30 requests (each through sign-in checks,
 * the session lock and a response) per change, more than the change itself cost. This page-wide
 * listener, run in the browser once per page, drops that first report of a details that was never
 * opened; every real change (opened by a hand or by the server, closed after) still reaches the
 * server.
 */
final class QuietDetails {

    private QuietDetails() {
    }

    static void installOn(Component page) {
        page.getElement().executeJs("""
                if (window.bordspiegelQuietDetails) { return; }
                window.bordspiegelQuietDetails = true;
                const everOpened = new WeakSet();
                document.addEventListener('opened-changed', event => {
                    const details = event.target;
                    if (details.localName !== 'vaadin-details') { return; }
                    if (event.detail.value) {
                        everOpened.add(details);
                    } else if (!everOpened.has(details)) {
                        event.stopImmediatePropagation();
                    }
                }, true);
                """);
    }
}
