package nl.bordspiegel.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;

import nl.bordspiegel.BrowserTest;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;

/**
 * What the server keeps for an open screen, on the real Tomcat: its push channel starts with small
 * buffers (Atmosphere's and Tomcat's) and without compression, and a change far larger than those
 * buffers still reaches the screen whole; closed connections leave only a small pool of buffers.
 */
class IdleScreenServerCostsIT extends BrowserTest {

    @Autowired
    private ServletContext servletContext;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BoardService boards;
    @Autowired
    private ServletWebServerApplicationContext web;

    @Test
    void aChannelStartsSmallAndACardMuchLargerThanItsBuffersArrivesWhole() {
        ServerContainer tomcat = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(tomcat.getDefaultMaxTextMessageBufferSize()).isEqualTo(512);
        assertThat(tomcat.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(512);
        assertThat(atmosphere().getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(String.valueOf(PushChannelBuffers.INITIAL_SIZE));
        assertThat(tomcatWebsocketBuffer()).as("what Tomcat's websocket classes read when they loaded")
                .isEqualTo(ConnectionBuffers.WEBSOCKET_BUFFER);
        assertThat(atmosphere().getAtmosphereConfig().properties().get("executorService"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(java.util.concurrent.ThreadPoolExecutor.class))
                .satisfies(pool -> assertThat(pool.getMaximumPoolSize()).isEqualTo(PushThreads.DISPATCHING))
                .satisfies(pool -> assertThat(pool.allowsCoreThreadTimeOut()).as("idle threads end").isTrue());
        assertThat(atmosphere().getAtmosphereConfig().properties().get("asyncWriteService"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.type(java.util.concurrent.ThreadPoolExecutor.class))
                .satisfies(pool -> assertThat(pool.getMaximumPoolSize()).isEqualTo(PushThreads.WRITING));

        long team = jdbc.queryForObject("select id from team where name = 'Kernteam Rekenen'", Long.class);
        signIn(page, DemoLogins.TEACHER, DemoLogins.PASSWORD);
        waitForHome(page);
        List<JsonObject> handshakes = new CopyOnWriteArrayList<>();
        CDPSession devtools = page.context().newCDPSession(page);
        devtools.send("Network.enable");
        devtools.on("Network.webSocketHandshakeResponseReceived", event -> handshakes.add(event.getAsJsonObject("response")));
        page.navigate(url("bord/" + team));
        page.locator("#column-successes").waitFor();
        page.waitForCondition(() -> !handshakes.isEmpty());
        assertThat(handshakes).allSatisfy(handshake -> {
            assertThat(handshake.get("status").getAsInt()).isEqualTo(101);
            assertThat(handshake.getAsJsonObject("headers").keySet()).as("no compression agreed")
                    .noneMatch(PushWithoutCompression.EXTENSIONS::equalsIgnoreCase);
        });

        String longText = "Iedereen las vandaag mee. ".repeat(70).strip();
        try {
            long author = TestSchools.signIn(context, DemoLogins.TEACHER).personId();
            boards.addSuccess(team, author, longText);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(longText).hasSizeGreaterThan(3 * PushChannelBuffers.INITIAL_SIZE)
                .as("sent as more than one websocket fragment").hasSizeGreaterThan(ConnectionBuffers.WEBSOCKET_BUFFER);
        page.locator("#column-successes .card-text").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(longText.substring(longText.length() - 60))).waitFor();
        assertThat(page.locator("#column-successes .card-text").allTextContents()).contains(longText);
    }

    @Test
    void closedConnectionsLeaveOnlyASmallPoolOfBuffers() {
        TomcatWebServer server = (TomcatWebServer) web.getWebServer();
        assertThat(server.getTomcat().getConnector().getProperty("socket.bufferPool"))
                .isEqualTo(String.valueOf(ConnectionBuffers.KEPT));
        assertThat(server.getTomcat().getConnector().getProperty("socket.appReadBufSize"))
                .isEqualTo(String.valueOf(ConnectionBuffers.SOCKET_READ));
        assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
                .isEqualTo(String.valueOf(ConnectionBuffers.SOCKET_WRITE));
    }

    private static int tomcatWebsocketBuffer() {
        try {
            java.lang.reflect.Field size = Class.forName("org.apache.tomcat.websocket.Constants")
                    .getDeclaredField("DEFAULT_BUFFER_SIZE");
            size.setAccessible(true);
            return size.getInt(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Tomcat's websocket constants moved", e);
        }
    }

    private AtmosphereFramework atmosphere() {
        return servletContext.getServletRegistrations().keySet().stream()
                .map(name -> servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName(name)))
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("No Atmosphere for Vaadin's servlet"));
    }
}
