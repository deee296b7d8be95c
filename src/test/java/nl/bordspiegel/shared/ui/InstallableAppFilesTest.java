package nl.bordspiegel.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;


/**
 * The installable app's files as a phone or a classroom board fetches them: what Vaadin has for
 * them, and no session made for a request that brings none (or an old one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InstallableAppFilesTest {

    @LocalServerPort
    int port;

    @Test
    void theManifestOfflinePageWorkerListAndIconsAreServedWithoutMakingASession() throws Exception {
        assertThat(served("/manifest.webmanifest", "application/manifest+json")).contains("\"name\":\"Bordspiegel\"");
        assertThat(served("/offline-stub.html", "text/html")).contains("<html");
        String workerList = served("/sw-runtime-resources-precache.js", "application/javascript");
        assertThat(workerList).contains("self.additionalManifestEntries");

        // Every icon the service worker keeps: an image, and no session either.
        Matcher icons = Pattern.compile("url: '(icons/[^']+\\.png)'").matcher(workerList);
        int seen = 0;
        while (icons.find()) {
            String icon = "/" + icons.group(1);
            HttpResponse<byte[]> answer = fetch(icon, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(icon).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(icon).contains("image/png");
            assertThat(answer.body()).as(icon).startsWith(0x89, 'P', 'N', 'G');
            assertThat(answer.headers().allValues("Set-Cookie")).as(icon).isEmpty();
            seen++;
        }
        assertThat(seen).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anythingElseStillGoesToTheApp() throws Exception {
        HttpResponse<String> login = fetch("/login", HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }

    /** The body of an app file, after checking its type and that it made no session. */
    private String served(String path, String contentType) throws Exception {
        HttpResponse<String> answer = fetch(path, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).get().asString().startsWith(contentType);
        assertThat(answer.headers().allValues("Set-Cookie")).as(path).isEmpty();
        return answer.body();
    }

    /** A request with a session id the server no longer knows, as after a sign-in or a restart. */
    private <T> HttpResponse<T> fetch(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF").build(), body);
    }
}
