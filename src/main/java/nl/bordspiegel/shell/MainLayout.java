package nl.bordspiegel.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SignedInUser;
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
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, SchoolDirectory directory, AuthenticationContext authentication) {
        SignedInUser user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        Anchor skip = SkipLink.to(getTranslation("shell.skipToContent"), "[role=main]");
        skip.setId("skip-to-content");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        addToNavbar(skip, toggle, header(user, directory, authentication));
        Scroller drawer = new Scroller(navigation(user, directory));
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

    private HorizontalLayout header(SignedInUser user, SchoolDirectory directory, AuthenticationContext authentication) {
        Span school = new Span(directory.mySchoolName());
        school.addClassName("app-school");
        Span who = new Span(user.name() + " · " + roles(user));
        who.addClassName("app-user");
        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Select<Locale> language = languageSwitch(directory);
        // On a phone the wide controls make room for one menu holding the same choices.
        for (Component wide : List.of(who, language, logout)) {
            wide.addClassName("app-header-wide");
        }
        HorizontalLayout header = new HorizontalLayout(school, who, language, logout,
                userMenu(user, directory, authentication));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(school);
        header.addClassName("app-header");
        return header;
    }

    private MenuBar userMenu(SignedInUser user, SchoolDirectory directory, AuthenticationContext authentication) {
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
                    click -> switchLanguage(directory, locale));
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

    private void switchLanguage(SchoolDirectory directory, Locale locale) {
        directory.changeMyLocale(locale);
        getUI().ifPresent(ui -> {
            ui.getSession().setLocale(locale);
            ui.getPage().reload();
        });
    }

    private Select<Locale> languageSwitch(SchoolDirectory directory) {
        Select<Locale> language = new Select<>();
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(locale -> getTranslation("shell.language." + locale.getLanguage()));
        language.setValue(Messages.supported(getLocale()));
        language.setAriaLabel(getTranslation("shell.language"));
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                switchLanguage(directory, change.getValue());
            }
        });
        return language;
    }

    private SideNav navigation(SignedInUser user, SchoolDirectory directory) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        if (user.has(Role.COACH)) {
            // By path, not by view class: the shell must not depend on the coach feature's views.
            nav.addItem(new SideNavItem(getTranslation("nav.coach"), "coach", VaadinIcon.GRID_BIG.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.coachUpdates"), "coach/updates",
                    VaadinIcon.ENVELOPE_O.create()));
        }
        // By route string, not view class: the shell must not depend on feature views.
        if (user.has(Role.LEADER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.mirror"), "spiegel", VaadinIcon.EYE.create()));
        }
        if (user.has(Role.TEACHER) || user.has(Role.COACH)) {
            nav.addItem(new SideNavItem(getTranslation("nav.teamImage"), "spiegel/team-beeld",
                    VaadinIcon.USERS.create()));
        }
        if (user.has(Role.COACH)) {
            nav.addItem(new SideNavItem(getTranslation("nav.shared"), "spiegel/gedeeld", VaadinIcon.ENVELOPE_O.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.about"), "over-het-model", VaadinIcon.INFO_CIRCLE_O.create()));
        // By route string, not view class: the shell must not depend on the admin feature.
        if (user.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("admin.menu"), "beheer", VaadinIcon.COG.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("security.password.menu"), "wachtwoord", VaadinIcon.KEY.create()));
        return nav;
    }

    private String roles(SignedInUser user) {
        return user.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }
}
