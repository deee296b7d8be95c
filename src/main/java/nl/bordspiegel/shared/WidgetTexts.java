package nl.bordspiegel.shared;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;


/**
 * Vaadin's own widgets speak English and start the week on Sunday unless told otherwise:
 * these give them the product's language. Dates read day-month-year and weeks start on
 * Monday in both languages, as they do at Dutch schools.
 */
public final class WidgetTexts {

    /** Java's month numbering has a thirteenth, empty month in some locales: only the first twelve are real. */
    private static final int MONTHS = 12;

    private WidgetTexts() {
    }

    public static DatePicker localised(DatePicker picker, Locale requested) {
        Locale locale = Messages.supported(requested);
        picker.setLocale(locale);
        var symbols = java.text.DateFormatSymbols.getInstance(locale);
        // Java lists Sunday first, as the date picker expects; the week still starts on Monday below.
        List<String> weekdays = Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.FULL, locale))
                .toList();
        List<String> shortDays = Arrays.stream(DayOfWeek.values())
                .map(day -> day.getDisplayName(TextStyle.SHORT, locale)).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, MONTHS))
                .setWeekdays(sundayFirst(weekdays))
                .setWeekdaysShort(sundayFirst(shortDays))
                .setFirstDayOfWeek(1)
                .setDateFormats("dd-MM-yyyy", "d-M-yyyy", "d-M-yy", "d/M/yyyy", "yyyy-MM-dd")
                .setToday(Messages.get(locale, "widget.date.today"))
                .setCancel(Messages.get(locale, "widget.date.cancel"))
                .setBadInputErrorMessage(Messages.get(locale, "widget.date.badInput")));
        return picker;
    }

    private static List<String> sundayFirst(List<String> mondayFirst) {
        return java.util.stream.Stream.concat(mondayFirst.subList(6, 7).stream(), mondayFirst.subList(0, 6).stream())
                .toList();
    }

    public static Upload localised(Upload upload, Locale requested) {
        Locale locale = Messages.supported(requested);
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(text(locale, "dropOne")).setMany(text(locale, "dropMany")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(text(locale, "addOne")).setMany(text(locale, "addMany")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(text(locale, "tooMany"))
                .setFileIsTooBig(text(locale, "tooBig")).setIncorrectFileType(text(locale, "wrongType")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(locale, "connecting"))
                        .setStalled(text(locale, "stalled")).setProcessing(text(locale, "processing"))
                        .setHeld(text(locale, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(locale, "remaining"))
                        .setUnknown(text(locale, "remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(locale, "serverUnavailable"))
                        .setUnexpectedServerError(text(locale, "serverError"))
                        .setForbidden(text(locale, "forbidden"))));
        texts.setFile(new UploadI18N.File().setRetry(text(locale, "retry")).setStart(text(locale, "start"))
                .setRemove(text(locale, "remove")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(texts);
        return upload;
    }

    private static String text(Locale locale, String key) {
        return Messages.get(locale, "widget.upload." + key);
    }
}
