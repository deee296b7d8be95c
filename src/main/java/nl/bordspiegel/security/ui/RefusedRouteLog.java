package nl.bordspiegel.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinRequest;

import jakarta.annotation.security.PermitAll;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.SecurityLog;
import nl.bordspiegel.security.SignedInUser;

/**
 * A signed-in person opened a page their roles do not allow: Vaadin's access control lands
 * here. The refusal goes to the security log, and the person sees the same calm "not for you"
 * page as for an unknown address (as Vaadin's own handler does), which tells nothing more.
 */
@PermitAll
class RefusedRouteLog extends Div implements HasErrorParameter<AccessDeniedException> {

    private final transient CurrentUser currentUser;

    RefusedRouteLog(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        VaadinRequest request = VaadinRequest.getCurrent();
        SecurityLog.refused("/" + event.getLocation().getPath(), currentUser.get().map(SignedInUser::personId).orElse(null),
                request == null ? null : request.getRemoteAddr(), "route-not-allowed");
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
