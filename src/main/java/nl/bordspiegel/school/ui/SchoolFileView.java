package nl.bordspiegel.school.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.shared.InputErrors;
import nl.bordspiegel.shared.Role;
import nl.bordspiegel.shared.UploadedText;
import nl.bordspiegel.shared.WidgetTexts;

/** The whole school as one {@code school-history/1} file: download it, or import one into an empty school. */
@Route("beheer/schoolbestand")
@RolesAllowed(Role.Names.ADMIN)
class SchoolFileView extends VerticalLayout implements HasDynamicTitle {

    /** A school's history is a few megabytes; far more is not a school file. */
    static final int MOST_BYTES = 50 * 1024 * 1024;

    private final SchoolAdministration administration;
    private final Paragraph importMessage = new Paragraph();

    SchoolFileView(SchoolAdministration administration) {
        this.administration = administration;
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
        }
        add(importMessage);
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
