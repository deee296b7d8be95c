package nl.bordspiegel.school.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.school.DataRetention;
import nl.bordspiegel.school.RetentionPreview;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolSettings;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.SchoolData;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * The school's own choices: leader time thresholds (hours per week), school year, retention;
 * and applying the retention: a preview of what is older than the limit, then delete or
 * anonymise it after a confirmation.
 */
@Route("beheer/instellingen")
@RolesAllowed(Role.Names.ADMIN)
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final NumberField littleHours = new NumberField();
    private final NumberField muchHours = new NumberField();
    private final DatePicker yearStart = new DatePicker();
    private final DatePicker yearEnd = new DatePicker();
    private final IntegerField retention = new IntegerField();
    private final Paragraph message = new Paragraph();

    private final DataRetention dataRetention;
    private final Paragraph retentionLimit = new Paragraph();
    private final UnorderedList retentionCounts = new UnorderedList();
    private final Paragraph retentionMessage = new Paragraph();
    private final Button delete = new Button();
    private final Button anonymise = new Button();
    /** The preview on screen: what a confirmed button applies, and only that. */
    private RetentionPreview shown;

    SettingsView(SchoolAdministration administration, DataRetention dataRetention) {
        this.dataRetention = dataRetention;
        addClassName("admin-settings");
        littleHours.setLabel(getTranslation("admin.settings.little"));
        muchHours.setLabel(getTranslation("admin.settings.much"));
        for (NumberField hours : new NumberField[] {littleHours, muchHours}) {
            hours.setStep(0.25);
            hours.setMin(0);
            hours.setMax(SchoolSettings.MOST_MINUTES_PER_WEEK / 60.0);
            hours.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("admin.settings.hoursPerWeek")));
        }
        WidgetTexts.localised(yearStart, getLocale());
        WidgetTexts.localised(yearEnd, getLocale());
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
            InputErrors.form(message).submit(() -> {
                administration.changeSettings(new SchoolSettings(minutes(littleHours), minutes(muchHours),
                        yearStart.getValue(), yearEnd.getValue(), retention.getValue()));
                message.setText(getTranslation("admin.saved"));
                hidePreview();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("admin.nav.instellingen")),
                new H2(getTranslation("admin.settings.timeTitle")), new Paragraph(getTranslation("admin.settings.timeIntro")),
                new HorizontalLayout(littleHours, muchHours),
                new H2(getTranslation("admin.settings.yearTitle")), new HorizontalLayout(yearStart, yearEnd),
                new H2(getTranslation("admin.settings.retentionTitle")), retention, save, message);
        addRetention();
    }

    private void addRetention() {
        Button preview = new Button(getTranslation("admin.retention.preview"), click -> showPreview());
        preview.addClassName("retention-preview");
        retentionLimit.addClassName("retention-limit");
        retentionCounts.addClassName("retention-counts");
        retentionMessage.addClassName("retention-message");
        delete.setText(getTranslation("admin.retention.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> confirm(DataRetention.Mode.DELETE));
        anonymise.setText(getTranslation("admin.retention.anonymise"));
        anonymise.addClickListener(click -> confirm(DataRetention.Mode.ANONYMISE));
        hidePreview();
        add(new H2(getTranslation("admin.retention.title")), new Paragraph(getTranslation("admin.retention.intro")),
                preview, retentionLimit, retentionCounts, new HorizontalLayout(delete, anonymise), retentionMessage);
    }

    private void showPreview() {
        shown = dataRetention.preview();
        retentionCounts.removeAll();
        retentionMessage.setText("");
        if (!shown.retentionSet()) {
            retentionLimit.setText(getTranslation("admin.retention.notSet"));
            delete.setVisible(false);
            anonymise.setVisible(false);
            return;
        }
        retentionLimit.setText(getTranslation("admin.retention.cutOff", shown.cutOff().toString(),
                shown.retentionYears()));
        for (SchoolData.Kind kind : SchoolData.Kind.values()) {
            retentionCounts.add(new ListItem(getTranslation("admin.retention.kind." + kind.name()) + ": "
                    + shown.count(kind)));
        }
        boolean anything = shown.total() > 0 || shown.count(SchoolData.Kind.FORMER_STAFF) > 0;
        if (!anything) {
            retentionMessage.setText(getTranslation("admin.retention.nothing"));
        }
        delete.setVisible(shown.total() > 0);
        anonymise.setVisible(anything);
    }

    private void hidePreview() {
        shown = null;
        retentionLimit.setText("");
        retentionCounts.removeAll();
        delete.setVisible(false);
        anonymise.setVisible(false);
    }

    private void confirm(DataRetention.Mode mode) {
        if (shown == null || !shown.retentionSet()) {
            return;
        }
        RetentionPreview preview = shown;
        String cutOff = preview.cutOff().toString();
        long people = preview.count(SchoolData.Kind.FORMER_STAFF);
        boolean deleting = mode == DataRetention.Mode.DELETE;
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(deleting ? "admin.retention.confirmDeleteTitle"
                : "admin.retention.confirmAnonymiseTitle"));
        dialog.setText(deleting ? getTranslation("admin.retention.confirmDeleteText", preview.total(), cutOff)
                : getTranslation("admin.retention.confirmAnonymiseText", preview.total(), cutOff, people));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.retention.cancel"));
        dialog.setConfirmText(getTranslation(deleting ? "admin.retention.delete" : "admin.retention.anonymise"));
        dialog.setConfirmButtonTheme(deleting ? "error primary" : "primary");
        dialog.addConfirmListener(event -> {
            boolean applied = InputErrors.form(retentionMessage).submit(() -> {
                RetentionPreview done = dataRetention.apply(mode, preview.cutOff());
                showPreview();
                retentionMessage.setText(deleting
                        ? getTranslation("admin.retention.deleted", done.total(), cutOff)
                        : getTranslation("admin.retention.anonymised", done.total(), cutOff,
                                done.count(SchoolData.Kind.FORMER_STAFF)));
            });
            if (!applied) {
                hidePreview();
            }
        });
        dialog.open();
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
