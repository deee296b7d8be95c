package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a browser, a proxy and a load balancer get from the running server before anyone
 * signs in. The same set-up as the browser journeys, which prove that Vaadin runs under
 * this content security policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthProbesAnswerWithoutSigningIn() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> answer = get(probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"UP\"");
        }
    }

    @Test
    void nothingElseOfActuatorIsOpen() throws Exception {
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/info", "/actuator"}) {
            HttpResponse<String> answer = get(endpoint, null);
            assertThat(answer.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(answer.body()).as(endpoint).doesNotContain("propertySources").doesNotContain("\"beans\"");
        }
    }

    @Test
    void theLoginPageCarriesTheSecurityHeadersAndASameSiteCookie() throws Exception {
        HttpResponse<String> login = get("/login", null);

        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("frame-ancestors 'none'").contains("object-src 'none'");
        // Never to another site: the set-password link holds a token.
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly")
                        .doesNotContain("Secure"));
    }

    @Test
    void behindATlsProxyTheCookieIsSecureAndTheBrowserIsToldToStayOnHttps() throws Exception {
        HttpResponse<String> login = get("/login", "https");

        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=31536000");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
