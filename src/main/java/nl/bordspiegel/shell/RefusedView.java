package nl.bordspiegel.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;

import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in person sees for a page they may not open or that does not exist: one
 * calm page inside the usual frame, in their language, with a way home. Vaadin turns a
 * refused route into "not found" on purpose, so the page never tells which of the two it
 * was; the services refuse such data all the same.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class RefusedView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    RefusedView() {
        addClassName("refused-view");
        setId("refused");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        Anchor home = new Anchor("", getTranslation("refused.home"));
        home.setId("refused-home");
        add(new H1(getTranslation("refused.title")), new Paragraph(getTranslation("refused.text")), home);
        return 404;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.title") + " · " + getTranslation("app.name");
    }
}
