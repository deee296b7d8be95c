package nl.bordspiegel.shared.ui;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.server.PwaConfiguration;
import com.vaadin.flow.server.PwaIcon;
import com.vaadin.flow.server.PwaRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringServlet;

/**
 * Serves the installable app's own files (manifest, icons, offline page, the service worker's
 * list) without a session, the same content Vaadin's PWA handler gives. Vaadin makes a session
 * for every request it handles, also for these; the service worker fetches them in the
 * background with the cookie it had. One still under way when a person signs in carries the
 * session id that sign-in just retired, gets a fresh anonymous session, and its cookie replaced
 * the signed-in one: the person was back on the login page (one sign-in in about 40 with a
 * board open elsewhere in the journeys). These files hold nothing personal, so no session.
 */
@Component
class InstallableAppFiles extends OncePerRequestFilter {

    private final ObjectProvider<ServletRegistrationBean<SpringServlet>> vaadin;
    /** What to write for a path; built on first use, when Vaadin's servlet has started. */
    private volatile Map<String, AppFile> files;

    InstallableAppFiles(ObjectProvider<ServletRegistrationBean<SpringServlet>> vaadin) {
        this.vaadin = vaadin;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || file(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        file(request).write(response);
    }

    private AppFile file(HttpServletRequest request) {
        return files().get(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private Map<String, AppFile> files() {
        Map<String, AppFile> known = files;
        if (known == null) {
            // Vaadin reads @PWA with its service as the current one, as during one of its own requests.
            VaadinService before = VaadinService.getCurrent();
            VaadinService.setCurrent(vaadin.getObject().getServlet().getService());
            try {
                known = of(PwaRegistry.getInstance(getServletContext()));
            } finally {
                VaadinService.setCurrent(before);
            }
            files = known;
        }
        return known;
    }

    /** The paths Vaadin's PWA handler answers, with the same content and content types. */
    private static Map<String, AppFile> of(PwaRegistry registry) {
        Map<String, AppFile> files = new HashMap<>();
        PwaConfiguration settings = registry.getPwaConfiguration();
        if (!settings.isEnabled()) {
            return files;
        }
        AppFile offline = text("text/html;charset=utf-8", registry.getOfflineHtml());
        files.put("/offline-stub.html", offline);
        if (settings.isOfflinePathEnabled()) {
            files.put(settings.relOfflinePath(), offline);
        }
        files.put(settings.relManifestPath(), text("application/manifest+json;charset=utf-8", registry.getManifestJson()));
        files.put("/sw-runtime-resources-precache.js",
                text("application/javascript;charset=utf-8", registry.getRuntimeServiceWorkerJs()));
        for (PwaIcon icon : registry.getIcons()) {
            files.put(icon.getRelHref(), response -> {
                response.setContentType(icon.getType());
                if (!icon.shouldBeCached()) {
                    response.setHeader("Cache-Control", "no-cache, must-revalidate");
                }
                icon.write(response.getOutputStream());
            });
        }
        return files;
    }

    private static AppFile text(String contentType, String body) {
        return response -> {
            response.setContentType(contentType);
            response.getWriter().write(body);
        };
    }

    @FunctionalInterface
    interface AppFile {
        void write(HttpServletResponse response) throws IOException;
    }
}
