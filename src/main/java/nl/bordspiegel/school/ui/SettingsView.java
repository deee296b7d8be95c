package nl.bordspiegel.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolSettings;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;

/** The school's own choices: leader time thresholds (hours per week), school year, retention. */
@Route("beheer/instellingen")
@RolesAllowed(Role.Names.ADMIN)
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NumberField littleHours = new NumberField();
    private final NumberField muchHours = new NumberField();
    private final DatePicker yearStart = new DatePicker();
    private final DatePicker yearEnd = new DatePicker();
    private final IntegerField retention = new IntegerField();
    private final Paragraph message = new Paragraph();

    SettingsView(SchoolAdministration administration) {
        addClassName("admin-settings");
        littleHours.setLabel(getTranslation("admin.settings.little"));
        muchHours.setLabel(getTranslation("admin.settings.much"));
        for (NumberField hours : new NumberField[] {littleHours, muchHours}) {
            hours.setStep(0.25);
            hours.setMin(0);
            hours.setMax(SchoolSettings.MOST_MINUTES_PER_WEEK / 60.0);
            hours.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("admin.settings.hoursPerWeek")));
        }
        yearStart.setLabel(getTranslation("admin.settings.yearStart"));
        yearEnd.setLabel(getTranslation("admin.settings.yearEnd"));
        retention.setLabel(getTranslation("admin.settings.retentionYears"));
        retention.setHelperText(getTranslation("admin.settings.retentionHelp"));
        retention.setMin(1);
        retention.setMax(SchoolSettings.MOST_RETENTION_YEARS);
        message.addClassName("admin-message");
        show(administration.settings());

        Button save = new Button(getTranslation("admin.people.save"), click -> {
            if (littleHours.isInvalid() || muchHours.isInvalid() || yearStart.isInvalid() || yearEnd.isInvalid()
                    || retention.isInvalid() || littleHours.getValue() == null || muchHours.getValue() == null) {
                message.setText(getTranslation("admin.settings.unreadable"));
                return;
            }
            try {
                administration.changeSettings(new SchoolSettings(minutes(littleHours), minutes(muchHours),
                        yearStart.getValue(), yearEnd.getValue(), retention.getValue()));
                message.setText(getTranslation("admin.saved"));
            } catch (InvalidInputException invalid) {
                message.setText(invalid.message(getLocale()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("admin.nav.instellingen")),
                new H2(getTranslation("admin.settings.timeTitle")), new Paragraph(getTranslation("admin.settings.timeIntro")),
                new HorizontalLayout(littleHours, muchHours),
                new H2(getTranslation("admin.settings.yearTitle")), new HorizontalLayout(yearStart, yearEnd),
                new H2(getTranslation("admin.settings.retentionTitle")), retention, save, message);
    }

    private void show(SchoolSettings settings) {
        littleHours.setValue(settings.littleTimeMinutes() / 60.0);
        muchHours.setValue(settings.muchTimeMinutes() / 60.0);
        yearStart.setValue(settings.schoolYearStart());
        yearEnd.setValue(settings.schoolYearEnd());
        retention.setValue(settings.retentionYears());
    }

    private static int minutes(NumberField hours) {
        return (int) Math.round(hours.getValue() * 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.instellingen") + " · " + getTranslation("app.name");
    }
}
