package nl.bordspiegel.school.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.history.HistoryFormatException;
import nl.bordspiegel.school.ReplacementPreview;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.SchoolReplacement;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.UploadedText;
import nl.bordspiegel.shared.WidgetTexts;

/**
 * The whole school as one {@code school-history/1} file: download it, import one into an empty
 * school, or replace a school in use after a preview of what goes and what comes.
 */
@Route("beheer/schoolbestand")
@RolesAllowed(Role.Names.ADMIN)
class SchoolFileView extends VerticalLayout implements HasDynamicTitle {

    /** A school's history is a few megabytes; far more is not a school file. */
    static final int MOST_BYTES = 50 * 1024 * 1024;

    private final SchoolAdministration administration;
    private final SchoolReplacement replacement;
    private final Paragraph importMessage = new Paragraph();
    private final VerticalLayout replacementPreview = new VerticalLayout();
    private final Button replaceButton = new Button();
    /** The file the admin saw previewed: only that one is applied. */
    private String previewedFile;

    SchoolFileView(SchoolAdministration administration, SchoolReplacement replacement) {
        this.administration = administration;
        this.replacement = replacement;
        addClassName("admin-school-file");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = administration.exportSchool().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "school-history.json", "application/json",
                    json.length);
        }), getTranslation("admin.file.download"));
        download.setDownload(true);
        add(new H1(getTranslation("admin.nav.schoolbestand")), new H2(getTranslation("admin.file.exportTitle")),
                new Paragraph(getTranslation("admin.file.exportIntro")), download,
                new H2(getTranslation("admin.file.importTitle")));
        importMessage.addClassName("admin-message");
        if (administration.schoolIsEmpty()) {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                    getUI().ifPresent(ui -> ui.access(() -> importFile(bytes)))));
            WidgetTexts.localised(upload, getLocale());
            upload.setAcceptedFileTypes(".json", "application/json");
            upload.setMaxFileSize(MOST_BYTES);
            upload.addFileRejectedListener(rejected -> importMessage.setText(getTranslation("admin.upload.tooBig",
                    MOST_BYTES / (1024 * 1024))));
            add(new Paragraph(getTranslation("admin.file.importIntro")), upload);
        } else {
            add(new Paragraph(getTranslation("admin.file.notEmpty")));
            addReplacement();
        }
        add(importMessage);
    }

    private void addReplacement() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> previewReplacement(bytes)))));
        WidgetTexts.localised(upload, getLocale());
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(MOST_BYTES);
        upload.addFileRejectedListener(rejected -> importMessage.setText(getTranslation("admin.upload.tooBig",
                MOST_BYTES / (1024 * 1024))));
        replacementPreview.setPadding(false);
        replacementPreview.addClassName("admin-replace-preview");
        replaceButton.setText(getTranslation("admin.replace.apply"));
        replaceButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        replaceButton.setEnabled(false);
        replaceButton.addClickListener(click -> applyReplacement());
        add(new H2(getTranslation("admin.replace.title")), new Paragraph(getTranslation("admin.replace.intro")),
                upload, replacementPreview, replaceButton);
    }

    /** Shows what the file would replace with what, or the first problem with its place; changes nothing. */
    void previewReplacement(byte[] file) {
        replacementPreview.removeAll();
        replaceButton.setEnabled(false);
        previewedFile = null;
        importMessage.setText("");
        ReplacementPreview preview;
        try {
            String json = UploadedText.utf8(file);
            preview = replacement.preview(json);
            if (preview.applicable()) {
                previewedFile = json;
            }
        } catch (InvalidInputException invalid) {
            replacementPreview.add(new Paragraph(invalid.message(getLocale())));
            return;
        }
        replacementPreview.add(new Paragraph(getTranslation("admin.replace.goes", preview.currentName(),
                preview.currentPeople(), preview.currentTeams())));
        if (preview.fileName() != null) {
            replacementPreview.add(new Paragraph(getTranslation("admin.replace.comes", preview.fileName(),
                    preview.people(), preview.teams(), preview.sessions(), preview.boardCards())));
        }
        if (preview.refusal() != null) {
            replacementPreview.add(new Paragraph(preview.refusal().message(getLocale())));
        } else if (preview.problem() != null) {
            replacementPreview.add(new Paragraph(getTranslation("admin.replace.invalid", preview.place(), preview.problem())));
        } else {
            replacementPreview.add(new Paragraph(getTranslation("admin.replace.ready")));
            replaceButton.setEnabled(true);
        }
    }

    private void applyReplacement() {
        replaceButton.setEnabled(false);
        try {
            replacement.replace(previewedFile);
            replacementPreview.removeAll();
            importMessage.setText(getTranslation("admin.replace.done"));
        } catch (HistoryFormatException invalid) {
            importMessage.setText(getTranslation("admin.replace.invalid", invalid.place(), invalid.problem()));
        } catch (InvalidInputException invalid) {
            importMessage.setText(invalid.message(getLocale()));
        }
        previewedFile = null;
    }

    /** Invalid UTF-8 is refused with its place, never silently turned into question marks. */
    void importFile(byte[] file) {
        try {
            InputErrors.form(importMessage).submit(() -> {
                administration.importSchool(UploadedText.utf8(file));
                importMessage.setText(getTranslation("admin.file.imported"));
            });
        } catch (HistoryFormatException invalid) {
            importMessage.setText(getTranslation("admin.file.invalid", invalid.place(), invalid.problem()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.schoolbestand") + " · " + getTranslation("app.name");
    }
}
