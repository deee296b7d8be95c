package nl.bordspiegel.audit.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.shared.Role;

/** The school's audit log for its admins, newest first. */
@Route("beheer/audit")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    AuditView(AuditLog audit) {
        addClassName("audit-view");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        Grid<AuditRecord> grid = new Grid<>();
        grid.addColumn(entry -> when.format(entry.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditRecord::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(entry -> getTranslation("audit.action." + entry.action().name()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditRecord::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.setItems(audit.newestEntries());
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro", AuditLog.SHOWN)), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
