package nl.bordspiegel.shell;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Markup;
import nl.bordspiegel.shared.Messages;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.SkipLink;

/**
 * The frame around every signed-in view: who you are, your roles, the language, and
 * navigation to only what you may use. Routes find it through {@code @Layout}, so no
 * feature depends on the shell.
 */
@Layout
@PermitAll
// The navigation is drawn from markup; these keep its web components in the production bundle.
@Uses(SideNav.class)
@Uses(SideNavItem.class)
class MainLayout extends AppLayout {

    private final SchoolDirectory directory;
    private final AuthenticationContext authentication;

    MainLayout(CurrentUser currentUser, SchoolDirectory directory, AuthenticationContext authentication) {
        this.directory = directory;
        this.authentication = authentication;
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        Anchor skip = SkipLink.to(getTranslation("shell.skipToContent"), "[role=main]");
        skip.setId("skip-to-content");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        addToNavbar(skip, toggle, header(user));
        Scroller drawer = new Scroller(navigation(user));
        // A region that scrolls must be reachable from the keyboard.
        drawer.getElement().setAttribute("tabindex", "0");
        drawer.getElement().setAttribute("aria-label", getTranslation("shell.menu"));
        addToDrawer(drawer);
        // The layout scrolls its content area, not the page: a keyboard must be able to reach and scroll it.
        getElement().executeJs("""
                const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');
                if (content) { content.setAttribute('tabindex', '0'); }
                """);
    }

    /** The page's one main landmark, for screen readers and for the skip link. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * School, person, language and sign-out. They are one piece of markup with one listener for
     * its buttons: the frame stands on every screen, and a component per word and button kept
     * sixteen state nodes per screen where this keeps one. The user menu stays a component.
     */
    private HorizontalLayout header(SignedInUser user) {
        Locale current = Messages.supported(getLocale());
        StringBuilder words = new StringBuilder()
                .append(span("app-school", directory.mySchoolName()))
                // On a phone the wide controls make room for one menu holding the same choices.
                .append(span("app-user app-header-wide", user.name() + " · " + roles(user)))
                .append("<span class=\"app-language app-header-wide\" role=\"group\" aria-label=\"")
                .append(Markup.escape(getTranslation("shell.language"))).append("\">");
        for (Locale locale : Messages.LOCALES) {
            words.append("<vaadin-button data-act=\"language-").append(locale.getLanguage()).append("\" lang=\"")
                    .append(locale.getLanguage()).append("\" theme=\"tertiary\" aria-pressed=\"")
                    .append(locale.equals(current)).append("\">")
                    .append(Markup.escape(getTranslation("shell.language." + locale.getLanguage())))
                    .append("</vaadin-button>");
        }
        words.append("</span><vaadin-button data-act=\"logout\" class=\"app-header-wide\" theme=\"tertiary\">")
                .append("<vaadin-icon icon=\"vaadin:sign-out\" slot=\"prefix\"></vaadin-icon>")
                .append(Markup.escape(getTranslation("shell.logout"))).append("</vaadin-button>");
        Div markup = new Div();
        markup.addClassName("app-header-words");
        Markup.draw(markup.getElement(), words.toString());
        Markup.onPress(markup.getElement(), "act", this::press);
        HorizontalLayout header = new HorizontalLayout(markup, userMenu(user));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(markup);
        header.addClassName("app-header");
        return header;
    }

    /** What a header button does, by its {@code data-act}. */
    void press(String act) {
        if ("logout".equals(act)) {
            authentication.logout();
            return;
        }
        Messages.LOCALES.stream().filter(locale -> act.equals("language-" + locale.getLanguage()))
                .filter(locale -> !locale.equals(Messages.supported(getLocale()))).findFirst()
                .ifPresent(this::switchLanguage);
    }

    private static String span(String className, String text) {
        return "<span class=\"" + className + "\">" + Markup.escape(text) + "</span>";
    }

    private MenuBar userMenu(SignedInUser user) {
        MenuBar menu = new MenuBar();
        menu.addClassName("app-user-menu");
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        withoutSelectedState(menu);
        MenuItem root = menu.addItem(VaadinIcon.USER.create());
        root.setAriaLabel(getTranslation("shell.userMenu", user.name()));
        SubMenu items = root.getSubMenu();
        items.addItem(user.name() + " · " + roles(user)).setEnabled(false);
        for (Locale locale : Messages.LOCALES) {
            MenuItem choice = items.addItem(getTranslation("shell.language." + locale.getLanguage()),
                    click -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.equals(Messages.supported(getLocale())));
        }
        items.addItem(getTranslation("shell.logout"), click -> authentication.logout()).setId("user-menu-logout");
        return menu;
    }

    /**
     * Vaadin 24.9 marks every menu item {@code aria-selected="false"}, which a menu item may not
     * carry (axe-core: critical aria-allowed-attr), and a screen reader would read it as a
     * list of options. The items are drawn in the browser when the menu opens, so the browser
     * takes the attribute off as they appear. Only menu-bar items are touched.
     */
    private static void withoutSelectedState(MenuBar menu) {
        menu.getElement().executeJs("""
                if (window.bordspiegelMenuItemsWatched) { return; }
                window.bordspiegelMenuItemsWatched = true;
                const clean = node => {
                    if (node.localName === 'vaadin-menu-bar-item') { node.removeAttribute('aria-selected'); }
                    if (node.querySelectorAll) {
                        node.querySelectorAll('vaadin-menu-bar-item[aria-selected]')
                            .forEach(item => item.removeAttribute('aria-selected'));
                    }
                };
                clean(document.body);
                new MutationObserver(records => records.forEach(record => {
                    if (record.type === 'attributes') {
                        if (record.target.hasAttribute('aria-selected')) { clean(record.target); }
                    } else {
                        record.addedNodes.forEach(clean);
                    }
                })).observe(document.body, {subtree: true, childList: true, attributes: true,
                                            attributeFilter: ['aria-selected']});
                """);
    }

    private void switchLanguage(Locale locale) {
        directory.changeMyLocale(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
    }

    /**
     * Only what the user may use. The side navigation is markup ({@code vaadin-side-nav} and its
     * items, drawn by the browser): the items navigate and mark the current page themselves, so
     * the server keeps one node for the menu where a component per item kept three. Paths, not
     * view classes: the shell must not depend on the features' views.
     */
    private Div navigation(SignedInUser user) {
        StringBuilder items = new StringBuilder();
        item(items, "nav.home", "", "home");
        if (user.has(Role.COACH)) {
            item(items, "nav.coach", "coach", "grid-big");
            item(items, "nav.coachUpdates", "coach/updates", "envelope-o");
        }
        if (user.has(Role.LEADER)) {
            item(items, "nav.mirror", "spiegel", "eye");
        }
        if (user.has(Role.TEACHER) || user.has(Role.COACH)) {
            item(items, "nav.teamImage", "spiegel/team-beeld", "users");
        }
        if (user.has(Role.COACH)) {
            item(items, "nav.shared", "spiegel/gedeeld", "envelope-o");
        }
        item(items, "nav.about", "over-het-model", "info-circle-o");
        if (user.has(Role.ADMIN)) {
            item(items, "admin.menu", "beheer", "cog");
        }
        item(items, "security.password.menu", "wachtwoord", "key");
        Div nav = new Div();
        nav.setId("app-navigation");
        Markup.draw(nav.getElement(), "<vaadin-side-nav>" + items + "</vaadin-side-nav>");
        return nav;
    }

    private void item(StringBuilder items, String labelKey, String path, String icon) {
        items.append("<vaadin-side-nav-item path=\"").append(path).append("\"><vaadin-icon icon=\"vaadin:").append(icon)
                .append("\" slot=\"prefix\"></vaadin-icon>").append(Markup.escape(getTranslation(labelKey)))
                .append("</vaadin-side-nav-item>");
    }

    private String roles(SignedInUser user) {
        return user.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }
}
