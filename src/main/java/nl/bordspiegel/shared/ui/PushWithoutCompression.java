package nl.bordspiegel.shared.ui;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The push channel goes uncompressed. Browsers offer per-message deflate on every websocket, and
 * Tomcat takes it: each open screen then keeps a deflater and an inflater (16 KB of heap and
 * about 300 KB of native zlib memory) and every change is compressed once per screen, on the
 * thread that pushes it to a classroom of screens. Vaadin's pushed changes are a few KB at most.
 * So the offer is hidden from Tomcat's websocket handshake, which then agrees to no extension.
 */
@Component
class PushWithoutCompression extends OncePerRequestFilter {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutExtensionOffer(request), response);
    }

    private static final class WithoutExtensionOffer extends HttpServletRequestWrapper {

        WithoutExtensionOffer(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
        }
    }
}
