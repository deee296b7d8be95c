package nl.bordspiegel.shared.ui;

import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

import org.apache.catalina.connector.Connector;

/**
 * Tomcat keeps the 16 KB of read and write buffers of every closed connection for reuse, up to a
 * thirty-second of the heap: a classroom's pages open and close connections all day, and the
 * buffers of each stayed, counted against every open screen. A small pool still serves a burst
 * of new connections; beyond it a connection's buffers go with it.
 */
@Component
class ConnectionBufferPool implements TomcatConnectorCustomizer {

    /** Closed connections whose buffers are kept for the next ones. */
    static final int KEPT = 32;

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.bufferPool", String.valueOf(KEPT));
    }
}
