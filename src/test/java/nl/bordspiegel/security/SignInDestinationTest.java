package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.DemoLogins;

/**
 * Where signing in leads, on the running server as a browser meets it: to the page the person
 * opened before, or else home. What the app's service worker fetches on its own is no page
 * anyone opened.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInDestinationTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /** One browser: its own cookies, and redirects shown rather than followed. */
    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signingInLeadsHomeAlthoughTheAppsServiceWorkerFetchedHomeWhileTheLoginPageWasOpen() throws Exception {
        String token = openLoginPage();
        HttpResponse<String> workerFetch = get("/", "Referer", "http://localhost:" + port + "/sw.js");
        assertThat(workerFetch.statusCode()).isEqualTo(302);

        assertThat(signIn(DemoLogins.TEACHER, token)).isEqualTo("/");
    }

    @Test
    void signingInAfterOpeningAPageLeadsBackToThatPage() throws Exception {
        assertThat(get("/coach").statusCode()).isEqualTo(302);
        String token = openLoginPage();

        assertThat(signIn(DemoLogins.COACH, token)).endsWith("/coach?continue");
    }

    @Test
    void aFetchOfTheInstallableAppStillUnderWayWhenSigningInDoesNotSignThePersonOut() throws Exception {
        String token = openLoginPage();
        String sessionBeforeSignIn = session();
        assertThat(signIn(DemoLogins.TEACHER, token)).isEqualTo("/");
        assertThat(session()).as("sign-in gives a new session id").isNotEqualTo(sessionBeforeSignIn);

        // The service worker's fetches left with the cookie of before; their answers come after sign-in.
        for (String appFile : new String[] {"/offline-stub.html", "/manifest.webmanifest", "/sw-runtime-resources-precache.js",
                "/icons/icon-192x192.png"}) {
            HttpResponse<String> late = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(appFile))
                    .header("Cookie", "JSESSIONID=" + sessionBeforeSignIn).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(late.statusCode()).as(appFile).isEqualTo(200);
            // The browser keeps one cookie jar for its pages and its service worker.
            cookies.put(uri(appFile), late.headers().map());
        }

        assertThat(get("/").statusCode()).as("still signed in: home, not the login page").isEqualTo(200);
    }

    /** The browser's session id now. */
    private String session() {
        return cookies.getCookieStore().get(uri("/")).stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
    }

    /** Opens the login page and returns the form's CSRF token, which the page carries. */
    private String openLoginPage() throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** Posts the login form and returns where the server sends the browser next. */
    private String signIn(String email, String token) throws IOException, InterruptedException {
        String form = "username=" + encode(email) + "&password=" + encode(DemoLogins.PASSWORD) + "&_csrf=" + encode(token);
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("signed in").doesNotContain("error");
        return location.replace("http://localhost:" + port, "");
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
