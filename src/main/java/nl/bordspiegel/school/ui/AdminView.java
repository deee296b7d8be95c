package nl.bordspiegel.school.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.shared.Role;

/** The admin's start: one link per part of the school they manage. */
@Route("beheer")
@RolesAllowed(Role.Names.ADMIN)
class AdminView extends VerticalLayout implements HasDynamicTitle {

    AdminView() {
        addClassName("admin-view");
        UnorderedList parts = new UnorderedList();
        for (String part : new String[] {"mensen", "teams", "import", "schoolbestand", "instellingen", "audit"}) {
            parts.add(new ListItem(new Anchor("beheer/" + part, getTranslation("admin.nav." + part))));
        }
        add(new H1(getTranslation("admin.title")), new Paragraph(getTranslation("admin.intro")), parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · " + getTranslation("app.name");
    }
}
