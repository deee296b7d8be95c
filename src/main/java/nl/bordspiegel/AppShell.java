package nl.bordspiegel;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: our theme (in the top-level {@code frontend/} folder) and
 * server push, which carries live board changes to every open screen.
 */
@Theme("bordspiegel")
@Push
@PWA(name = "Bordspiegel", shortName = "Bordspiegel", offlineResources = {})
public class AppShell implements AppShellConfigurator {
}
