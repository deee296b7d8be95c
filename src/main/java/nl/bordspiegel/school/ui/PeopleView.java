package nl.bordspiegel.school.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.StaffMember;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Role;

/** People of the school: add, edit, roles, deactivate, and a one-time set-password link. */
@Route("beheer/mensen")
@RolesAllowed(Role.Names.ADMIN)
class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolAdministration administration;
    private final Grid<StaffMember> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Button save = new Button();
    private final Button activeToggle = new Button();
    private final Button link = new Button();
    private final Paragraph message = new Paragraph();
    private final TextField linkField = new TextField();
    private final InputErrors.Form form = InputErrors.form(message)
            .field("security.input.field.name", name).field("security.input.field.email", email);
    private StaffMember editing;

    PeopleView(SchoolAdministration administration) {
        this.administration = administration;
        addClassName("admin-people");
        grid.addColumn(StaffMember::name).setHeader(getTranslation("admin.people.name")).setSortable(true);
        grid.addColumn(StaffMember::email).setHeader(getTranslation("admin.people.email")).setSortable(true);
        grid.addColumn(this::roleText).setHeader(getTranslation("admin.people.roles"));
        grid.addColumn(person -> getTranslation(person.active()
                ? (person.hasPassword() ? "admin.people.active" : "admin.people.noPassword") : "admin.people.inactive"))
                .setHeader(getTranslation("admin.people.status"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setAllRowsVisible(true);

        name.setLabel(getTranslation("admin.people.name"));
        name.setMaxLength(200);
        email.setLabel(getTranslation("admin.people.email"));
        email.setMaxLength(320);
        roles.setLabel(getTranslation("admin.people.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        activeToggle.addClickListener(click -> toggleActive());
        link.setText(getTranslation("admin.people.link"));
        link.addClickListener(click -> createLink());
        Button add = new Button(getTranslation("admin.people.add"), click -> grid.asSingleSelect().clear());
        linkField.setReadOnly(true);
        linkField.setWidthFull();
        linkField.setLabel(getTranslation("admin.people.linkLabel"));
        linkField.setVisible(false);
        message.addClassName("admin-message");

        add(new H1(getTranslation("admin.nav.mensen")), add, grid,
                new HorizontalLayout(name, email), roles,
                new HorizontalLayout(save, activeToggle, link), linkField, message);
        refresh();
        edit(null);
    }

    private String roleText(StaffMember person) {
        return person.roles().stream().sorted(Comparator.naturalOrder()).map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    private void edit(StaffMember person) {
        editing = person;
        name.setValue(person == null ? "" : person.name());
        email.setValue(person == null ? "" : person.email());
        roles.setValue(person == null ? EnumSet.of(Role.TEACHER) : person.roles());
        save.setText(getTranslation(person == null ? "admin.people.addSave" : "admin.people.save"));
        activeToggle.setVisible(person != null);
        activeToggle.setText(getTranslation(person != null && !person.active() ? "admin.people.reactivate"
                : "admin.people.deactivate"));
        link.setVisible(person != null && person.active());
        linkField.setVisible(false);
    }

    private void save() {
        boolean saved = form.submit(() -> {
            if (editing == null) {
                administration.addPerson(name.getValue(), email.getValue(), roles.getValue());
            } else {
                administration.changePerson(editing.id(), name.getValue(), email.getValue(), roles.getValue());
            }
        });
        if (saved) {
            message.setText(getTranslation("admin.saved"));
            refresh();
            grid.asSingleSelect().clear();
        }
    }

    private void toggleActive() {
        boolean toggled = form.submit(() -> {
            if (editing.active()) {
                administration.deactivate(editing.id());
            } else {
                administration.reactivate(editing.id());
            }
        });
        if (toggled) {
            message.setText(getTranslation("admin.saved"));
            refresh();
            grid.asSingleSelect().clear();
        }
    }

    private void createLink() {
        form.submit(() -> {
            String token = administration.createSetPasswordLink(editing.id());
            linkField.setValue(administration.setPasswordLink(token));
            linkField.setVisible(true);
            // Someone who has a password must allow the reset first: the admin never chooses it for them.
            message.setText(editing.hasPassword() ? getTranslation("admin.people.linkAwaits", editing.name())
                    : getTranslation("admin.people.linkShown", editing.name()));
        });
    }

    private void refresh() {
        grid.setItems(administration.people());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.mensen") + " · " + getTranslation("app.name");
    }
}
