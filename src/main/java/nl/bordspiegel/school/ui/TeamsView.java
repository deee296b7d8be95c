package nl.bordspiegel.school.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
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
import nl.bordspiegel.school.TeamDetails;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Role;

/** Teams: create, rename, archive, and who are members, leaders following it and coaches. */
@Route("beheer/teams")
@RolesAllowed(Role.Names.ADMIN)
class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final SchoolAdministration administration;
    private final Grid<TeamDetails> grid = new Grid<>();
    private final TextField name = new TextField();
    private final MultiSelectComboBox<StaffMember> members = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<StaffMember> leaders = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<StaffMember> coaches = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final Button archive = new Button();
    private final Paragraph message = new Paragraph();
    private final InputErrors.Form form = InputErrors.form(message).field("security.input.field.teamName", name);
    private Map<Long, StaffMember> people = Map.of();
    private TeamDetails editing;

    TeamsView(SchoolAdministration administration) {
        this.administration = administration;
        addClassName("admin-teams");
        grid.addColumn(TeamDetails::name).setHeader(getTranslation("admin.teams.name")).setSortable(true);
        grid.addColumn(team -> names(team.members())).setHeader(getTranslation("admin.teams.members"));
        grid.addColumn(team -> names(team.leaders())).setHeader(getTranslation("admin.teams.leaders"));
        grid.addColumn(team -> names(team.coaches())).setHeader(getTranslation("admin.teams.coaches"));
        grid.addColumn(team -> team.archived() ? getTranslation("admin.teams.archived") : "")
                .setHeader(getTranslation("admin.people.status"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        grid.setAllRowsVisible(true);

        name.setLabel(getTranslation("admin.teams.name"));
        name.setMaxLength(200);
        members.setLabel(getTranslation("admin.teams.members"));
        leaders.setLabel(getTranslation("admin.teams.leaders"));
        coaches.setLabel(getTranslation("admin.teams.coaches"));
        for (MultiSelectComboBox<StaffMember> box : List.of(members, leaders, coaches)) {
            box.setItemLabelGenerator(StaffMember::name);
            box.setWidthFull();
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        archive.addClickListener(click -> toggleArchived());
        Button add = new Button(getTranslation("admin.teams.add"), click -> grid.asSingleSelect().clear());
        message.addClassName("admin-message");

        add(new H1(getTranslation("admin.nav.teams")), add, grid, name, members, leaders, coaches,
                new HorizontalLayout(save, archive), message);
        refresh();
        edit(null);
    }

    private String names(Set<Long> ids) {
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).map(StaffMember::name).sorted()
                .collect(Collectors.joining(", "));
    }

    private void edit(TeamDetails team) {
        editing = team;
        name.setValue(team == null ? "" : team.name());
        members.setValue(pick(team == null ? Set.of() : team.members()));
        leaders.setValue(pick(team == null ? Set.of() : team.leaders()));
        coaches.setValue(pick(team == null ? Set.of() : team.coaches()));
        save.setText(getTranslation(team == null ? "admin.teams.create" : "admin.people.save"));
        archive.setVisible(team != null);
        archive.setText(getTranslation(team != null && team.archived() ? "admin.teams.restore" : "admin.teams.archive"));
    }

    private Set<StaffMember> pick(Set<Long> ids) {
        return ids.stream().map(people::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private void save() {
        boolean saved = form.submit(() -> {
            long teamId = editing == null ? administration.createTeam(name.getValue()) : editing.id();
            if (editing != null && !editing.name().equals(name.getValue())) {
                administration.renameTeam(teamId, name.getValue());
            }
            administration.changeTeamPeople(teamId, ids(members.getValue()), ids(leaders.getValue()),
                    ids(coaches.getValue()));
        });
        refresh();
        if (saved) {
            message.setText(getTranslation("admin.saved"));
            grid.asSingleSelect().clear();
        }
    }

    private void toggleArchived() {
        boolean toggled = form.submit(() -> {
            if (editing.archived()) {
                administration.restoreTeam(editing.id());
            } else {
                administration.archiveTeam(editing.id());
            }
        });
        if (toggled) {
            message.setText(getTranslation("admin.saved"));
            refresh();
            grid.asSingleSelect().clear();
        }
    }

    private static Set<Long> ids(Set<StaffMember> chosen) {
        return chosen.stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    private void refresh() {
        List<StaffMember> active = administration.people();
        people = active.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
        List<StaffMember> selectable = active.stream().filter(StaffMember::active).toList();
        members.setItems(selectable.stream().filter(p -> p.roles().contains(Role.TEACHER) || p.roles().contains(Role.COACH)).toList());
        leaders.setItems(selectable.stream().filter(p -> p.roles().contains(Role.LEADER)).toList());
        coaches.setItems(selectable.stream().filter(p -> p.roles().contains(Role.COACH)).toList());
        grid.setItems(administration.teams());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.teams") + " · " + getTranslation("app.name");
    }
}
