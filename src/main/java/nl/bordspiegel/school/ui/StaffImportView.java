package nl.bordspiegel.school.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.school.StaffImport;
import nl.bordspiegel.school.StaffImportPreview;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.UploadedText;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * Staff from a CSV file: paste or upload, check the preview with every problem and its line
 * number, and only then apply it, whole.
 */
@Route("beheer/import")
@RolesAllowed(Role.Names.ADMIN)
class StaffImportView extends VerticalLayout implements HasDynamicTitle {

    private final StaffImport staffImport;
    private final TextArea csv = new TextArea();
    private final Grid<StaffImportPreview.Row> rows = new Grid<>();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph summary = new Paragraph();
    private final Button apply = new Button();
    private final Select<Charset> encoding = new Select<>();
    private String previewed;
    private byte[] uploadedBytes;

    StaffImportView(StaffImport staffImport) {
        this.staffImport = staffImport;
        addClassName("admin-import");
        csv.setLabel(getTranslation("admin.csv.label"));
        csv.setPlaceholder("naam;e-mail;rollen;teams");
        csv.setWidthFull();
        csv.setMaxLength(StaffImport.MOST_CHARACTERS);
        csv.setHeight("12em");
        csv.addValueChangeListener(change -> clearPreview());
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> uploaded(bytes)))));
        WidgetTexts.localised(upload, getLocale());
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(StaffImport.MOST_CHARACTERS);
        upload.addFileRejectedListener(rejected -> summary.setText(getTranslation("admin.upload.tooBig",
                StaffImport.MOST_CHARACTERS / 1_000_000.0)));
        encoding.setLabel(getTranslation("admin.csv.encoding"));
        encoding.setItems(StandardCharsets.UTF_8, UploadedText.WINDOWS_1252);
        encoding.setItemLabelGenerator(this::charsetName);
        encoding.setVisible(false);
        encoding.addValueChangeListener(change -> {
            if (change.isFromClient() && uploadedBytes != null) {
                csv.setValue(UploadedText.as(uploadedBytes, change.getValue()));
                summary.setText(getTranslation("admin.csv.decodedAs", charsetName(change.getValue())));
            }
        });

        rows.addColumn(StaffImportPreview.Row::line).setHeader(getTranslation("admin.csv.line")).setAutoWidth(true);
        rows.addColumn(StaffImportPreview.Row::name).setHeader(getTranslation("admin.people.name"));
        rows.addColumn(StaffImportPreview.Row::email).setHeader(getTranslation("admin.people.email"));
        rows.addColumn(row -> row.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> getTranslation("role." + role.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.people.roles"));
        rows.addColumn(row -> String.join(", ", row.teams())).setHeader(getTranslation("admin.nav.teams"));
        rows.addColumn(row -> row.problems().isEmpty() ? getTranslation("admin.csv.ok")
                : row.problems().stream().map(this::text).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("admin.csv.check"));
        rows.setAllRowsVisible(true);
        rows.setVisible(false);

        Button preview = new Button(getTranslation("admin.csv.preview"), click -> preview());
        apply.setText(getTranslation("admin.csv.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> apply());
        problems.addClassName("admin-problems");
        summary.addClassName("admin-message");

        add(new H1(getTranslation("admin.nav.import")), new Paragraph(getTranslation("admin.csv.intro")),
                new Pre("naam;e-mail;rollen;teams\nAnna de Vries;anna@school.nl;leraar;Groep 3|Groep 4"),
                upload, encoding, csv, new HorizontalLayout(preview, apply), summary, problems, rows);
    }

    /**
     * An uploaded file: UTF-8 when it is valid UTF-8, else Windows-1252 (Dutch Excel's
     * "CSV"); the admin sees which, checks the names in the preview and may choose the other.
     */
    void uploaded(byte[] bytes) {
        uploadedBytes = bytes;
        UploadedText.Decoded decoded = UploadedText.detect(bytes);
        csv.setValue(decoded.text());
        encoding.setValue(decoded.charset());
        encoding.setVisible(true);
        summary.setText(getTranslation("admin.csv.decodedAs", charsetName(decoded.charset())));
    }

    private String charsetName(Charset charset) {
        return getTranslation(charset.equals(StandardCharsets.UTF_8) ? "admin.csv.encoding.utf8"
                : "admin.csv.encoding.windows1252");
    }

    private void preview() {
        StaffImportPreview result = staffImport.preview(csv.getValue());
        previewed = csv.getValue();
        problems.removeAll();
        List<StaffImportPreview.Problem> all = new java.util.ArrayList<>(result.fileProblems());
        result.rows().forEach(row -> all.addAll(row.problems()));
        all.forEach(problem -> problems.add(new ListItem(text(problem))));
        rows.setItems(result.rows());
        rows.setVisible(!result.rows().isEmpty());
        apply.setEnabled(result.canApply());
        summary.setText(result.canApply()
                ? getTranslation("admin.csv.ready", result.rows().size(), result.newTeams().size())
                : getTranslation("admin.csv.hasProblems", result.problemCount()));
    }

    private void apply() {
        InputErrors.form(summary).submit(() -> {
            int added = staffImport.apply(previewed);
            summary.setText(getTranslation("admin.csv.applied", added));
            apply.setEnabled(false);
        });
    }

    private void clearPreview() {
        apply.setEnabled(false);
    }

    private String text(StaffImportPreview.Problem problem) {
        String reason = new InvalidInputException(problem.messageKey(), problem.arguments().toArray()).message(getLocale());
        return problem.line() > 0 ? getTranslation("admin.csv.atLine", problem.line(), reason) : reason;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.import") + " · " + getTranslation("app.name");
    }
}
