package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;

/** Vaadin's own widgets in the product's languages, with Monday first and day-month-year dates. */
class WidgetTextsTest {

    @Test
    void datePickerSpeaksDutchAndStartsTheWeekOnMonday() {
        DatePicker.DatePickerI18n texts = WidgetTexts.localised(new DatePicker(), Messages.DUTCH).getI18n();

        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getMonthNames()).hasSize(12).startsWith("januari").endsWith("december");
        // The widget lists the days from Sunday; it starts the week itself on Monday.
        assertThat(texts.getWeekdays()).startsWith("zondag", "maandag");
        assertThat(texts.getToday()).isEqualTo("Vandaag");
        assertThat(texts.getDateFormats()).first().isEqualTo("dd-MM-yyyy");
    }

    @Test
    void datePickerStaysCompleteInEnglish() {
        DatePicker.DatePickerI18n texts = WidgetTexts.localised(new DatePicker(), Locale.ENGLISH).getI18n();

        assertThat(texts.getMonthNames()).startsWith("January");
        assertThat(texts.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(texts.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(texts.getCancel()).isEqualTo("Cancel");
    }

    @Test
    void uploadSpeaksDutch() {
        var texts = WidgetTexts.localised(new Upload(), Messages.DUTCH).getI18n();

        assertThat(texts.getDropFiles().getOne()).isEqualTo("Sleep een bestand hierheen");
        assertThat(texts.getAddFiles().getOne()).isEqualTo("Bestand kiezen…");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("Dit bestand is te groot.");
    }
}
