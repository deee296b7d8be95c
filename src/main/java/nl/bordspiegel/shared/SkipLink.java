package nl.bordspiegel.shared;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that moves the keyboard focus to another part of the page (the main content, a
 * board column) instead of making a keyboard user tab through everything before it. The
 * jump happens in the browser: no round trip, and the router never sees it.
 */
public final class SkipLink {

    private SkipLink() {
    }

    /** @param target a CSS selector; its element gets focus and comes into view */
    public static Anchor to(String text, String target) {
        Anchor link = new Anchor("#", text);
        link.addClassName("skip-link");
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    // Listeners may first reveal the target, such as a board column hidden on a phone.
                    this.dispatchEvent(new CustomEvent('skipping', {bubbles: true}));
                    const target = document.querySelector($0);
                    if (!target) { return; }
                    if (!target.hasAttribute('tabindex')) { target.setAttribute('tabindex', '-1'); }
                    target.scrollIntoView({block: 'start'});
                    target.focus({preventScroll: true});
                });
                """, target);
        return link;
    }
}
