package nl.bordspiegel.shared.ui;

import java.util.Map;

import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.SpringServlet;

/**
 * The threads that carry push messages to the screens. Vaadin hands every push to Atmosphere,
 * whose shared pools by default grow a thread for each message under way at once and keep it:
 * 20 board screens opened left about 50 threads, each with its own JSON buffers (30 KB of heap
 * per thread, counted against the open screens) and a stack. A classroom's changes are a few
 * at a time, so the pools are bounded, and their threads end when idle (Atmosphere's keep-alive).
 * A bounded pool queues the rest: a message waits its turn, none is lost. Set as init parameters
 * of Vaadin's servlet, which Atmosphere reads when Vaadin makes it at start-up.
 */
@Component
class PushThreads implements BeanPostProcessor {

    /** Threads that hand a message to the screens it is for. */
    static final int DISPATCHING = 2;
    /** Threads that write to the screens' sockets; a slow screen holds one up, so a few more. */
    static final int WRITING = 6;

    static final Map<String, String> SETTINGS = Map.of(
            ApplicationConfig.USE_FORJOINPOOL, "false",
            ApplicationConfig.BROADCASTER_MESSAGE_PROCESSING_THREADPOOL_MAXSIZE, String.valueOf(DISPATCHING),
            ApplicationConfig.BROADCASTER_ASYNC_WRITE_THREADPOOL_MAXSIZE, String.valueOf(WRITING));

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            SETTINGS.forEach(registration::addInitParameter);
        }
        return bean;
    }
}
