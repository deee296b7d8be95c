package nl.bordspiegel.shared.ui;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Every open screen keeps one push channel, and Atmosphere gives each channel a byte buffer and a
 * char buffer of its "websocket buffer size" up front. Vaadin asks 16 K for it: 48 KB of heap per
 * open screen, a tenth of an idle board. Atmosphere reads into them only when a message arrives as
 * a stream, and grows them then; the browser sends Vaadin's push nothing that way (its requests go
 * as XHR), so they start small. Set on the Atmosphere instance Vaadin made at start-up, before any
 * channel opens; each new channel reads the size when it is made.
 */
@Component
class PushChannelBuffers implements VaadinServiceInitListener {

    /** Bytes (and chars) each channel's buffers start at. */
    static final int INITIAL_SIZE = 512;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service
                && service.getServlet().getServletContext().getAttribute(JSR356WebsocketInitializer.getAttributeName(
                        service.getServlet().getServletName())) instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(INITIAL_SIZE));
        }
    }
}
