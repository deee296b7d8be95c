package nl.bordspiegel;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.StateNode;

import kotlin.Unit;
import kotlin.jvm.functions.Function1;

/**
 * The elements a view gives the keyboard focus from the server ({@code this.focus()} run in
 * the browser), as Karibu hands over the JavaScript a real browser would run. Use in a
 * try-with-resources block; closing stops the recording.
 */
public final class FocusedByJs implements AutoCloseable {

    private final List<StateNode> focused = new ArrayList<>();
    private final List<Function1<PendingJavaScriptInvocation, Unit>> before;

    private FocusedByJs() {
        before = TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers();
        List<Function1<PendingJavaScriptInvocation, Unit>> handlers = new ArrayList<>(before);
        handlers.add(invocation -> {
            if (invocation.getInvocation().getExpression().contains("this.focus()")) {
                focused.add(invocation.getOwner());
            }
            return Unit.INSTANCE;
        });
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(handlers);
    }

    public static FocusedByJs record() {
        return new FocusedByJs();
    }

    /** True when the last element focused so far is this component's. */
    public boolean lastIs(Component component) {
        MockVaadin.clientRoundtrip();
        return !focused.isEmpty() && focused.get(focused.size() - 1) == component.getElement().getNode();
    }

    @Override
    public void close() {
        TestingLifecycleHookKt.setPendingJavascriptInvocationHandlers(before);
    }
}
