package nl.bordspiegel.shared.ui;

import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

import org.apache.catalina.connector.Connector;

/**
 * The buffers Tomcat gives each connection. Every open screen keeps one connection for as long
 * as it is open (its push websocket), so a classroom of idle screens is mostly idle connections;
 * Tomcat's own guidance for many idle keep-alive connections is smaller buffers. A buffer is only
 * where bytes wait on their way: a larger message goes through in more pieces, none is cut off.
 * <ul>
 * <li>The socket's read and write buffers: 8 KB each by default. The browser sends its requests
 * over XHR, and those are small; a large response (the app's script) goes out in more writes.</li>
 * <li>A websocket's output, encoder and input buffers: 8 KB each by default. Tomcat sends a text
 * longer than the buffer as fragments the browser joins into one message. The setting is a system
 * property Tomcat reads when it first loads its websocket classes, which is when the server starts
 * after its connector is customised here; a value given on the command line wins.</li>
 * <li>Closed connections: Tomcat kept the buffers of every closed one for reuse, up to a
 * thirty-second of the heap; a small pool still serves a burst of new connections.</li>
 * </ul>
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    /** Closed connections whose buffers are kept for the next ones. */
    static final int KEPT = 32;
    static final int SOCKET_READ = 2048;
    static final int SOCKET_WRITE = 4096;
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int WEBSOCKET_BUFFER = 1024;

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.bufferPool", String.valueOf(KEPT));
        connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_READ));
        connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_WRITE));
        System.getProperties().putIfAbsent(WEBSOCKET_BUFFER_PROPERTY, String.valueOf(WEBSOCKET_BUFFER));
    }
}
