package nl.bordspiegel;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;

import nl.bordspiegel.security.SignedInUser;

/**
 * Base for view tests: the real application on the demo school, a fake browser, and a
 * demo person signed in with {@link #loginAs(String)}.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    private ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        startBrowserSession();
    }

    @AfterEach
    void tearDownVaadin() {
        if (UI.getCurrent() != null) {
            // The views hang under the router, not as plain children of the UI element.
            UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                    .forEach(target -> ScreenText.assertReadable(target.getElement()));
        }
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private void startBrowserSession() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * Karibu's own discovery skips package-private classes, and our views are
     * package-private by design: find every route and layout with Spring's scanner instead.
     */
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Routes routes = new Routes();
        // Karibu's own not-found view would clash with ours: the product's refusal page is what is tested.
        routes.getErrorRoutes().clear();
        for (BeanDefinition definition : scanner.findCandidateComponents("nl.bordspiegel")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (HasErrorParameter.class.isAssignableFrom(type)) {
                    @SuppressWarnings("unchecked")
                    Class<? extends HasErrorParameter<?>> errorView = (Class<? extends HasErrorParameter<?>>) type;
                    routes.getErrorRoutes().add(errorView);
                } else {
                    routes.getRoutes().add(type.asSubclass(Component.class));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    protected static String pageText() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(target -> textOf((Component) target))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * The shell's navigation as the browser draws it from markup (shell/MainLayout): each item's
     * label and path, in order.
     */
    public static java.util.Map<String, String> navigation() {
        String markup = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.html.Div.class, spec -> spec.withId("app-navigation"))
                .getElement().getProperty("innerHTML", "");
        java.util.Map<String, String> items = new java.util.LinkedHashMap<>();
        org.jsoup.Jsoup.parseBodyFragment(markup).select("vaadin-side-nav-item")
                .forEach(item -> items.put(item.text(), item.attr("path")));
        return items;
    }

    /**
     * A click on a markup button of {@code element} whose {@code data-NAME} is {@code value}, as the
     * browser reports it to the element's one listener ({@link nl.bordspiegel.shared.Markup#onPress}).
     */
    public static void pressMarkup(com.vaadin.flow.dom.Element element, String name, String value) {
        pressMarkup(element, name, value, java.util.Map.of());
    }

    /** The same, with what the listener's other client expressions say of the pressed button (e.g. its card). */
    public static void pressMarkup(com.vaadin.flow.dom.Element element, String name, String value,
            java.util.Map<String, String> more) {
        elemental.json.JsonObject data = elemental.json.Json.createObject();
        more.forEach(data::put);
        data.put(nl.bordspiegel.shared.Markup.pressed(name), value);
        data.put(nl.bordspiegel.shared.Markup.onAButton(name), true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(element,
                new com.vaadin.flow.dom.DomEvent(element, "click", data));
    }

    /**
     * The words a component shows: its text nodes, as {@code getTextRecursively} gives them, and
     * the words of any markup it hands the browser as {@code innerHTML} (a board card's face, its
     * buttons), which the server keeps as a property, not as text nodes.
     */
    public static String textOf(Component component) {
        StringBuilder text = new StringBuilder();
        collectText(component.getElement(), text);
        return text.toString();
    }

    private static void collectText(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String markup = element.getProperty("innerHTML");
        if (markup != null) {
            text.append(org.jsoup.Jsoup.parse(markup).text());
        }
        element.getChildren().forEach(child -> collectText(child, text));
    }

    /** The application under test, for its clock and beans. */
    protected ApplicationContext context() {
        return context;
    }

    /**
     * Signs a person in by e-mail as {@link TestSchools#signIn} does, then hands the sign-in
     * to the fake browser (Vaadin's route checks read the request) and opens the home page.
     */
    protected SignedInUser loginAs(String email) {
        SignedInUser user = TestSchools.signIn(context, email);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toSet());
        // A fresh browser session, as after a real sign-in, so the user's language applies.
        MockVaadin.tearDown();
        startBrowserSession();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().navigate("");
        return user;
    }
}
