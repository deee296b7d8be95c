package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UploadedTextTest {

    private static final String CSV = "naam;e-mail;rollen\nZoë Öztürk;zoe@school.nl;leraar\n";

    @Test
    void aCsvFromDutchExcelIsReadAsWindows1252AndKeepsZoe() {
        UploadedText.Decoded decoded = UploadedText.detect(CSV.getBytes(UploadedText.WINDOWS_1252));

        assertThat(decoded.charset()).isEqualTo(UploadedText.WINDOWS_1252);
        assertThat(decoded.text()).contains("Zoë Öztürk");
    }

    @Test
    void utf8IsReadAsUtf8WithOrWithoutAByteOrderMark() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);

        assertThat(UploadedText.detect(plain)).isEqualTo(new UploadedText.Decoded(CSV, StandardCharsets.UTF_8));
        assertThat(UploadedText.detect(withBom)).isEqualTo(new UploadedText.Decoded(CSV, StandardCharsets.UTF_8));
    }

    @Test
    void theAdminCanChooseTheOtherCharacterSet() {
        byte[] windows = CSV.getBytes(UploadedText.WINDOWS_1252);

        assertThat(UploadedText.as(CSV.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(CSV);
        assertThat(UploadedText.as(windows, UploadedText.WINDOWS_1252)).isEqualTo(CSV);
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineAndColumn() {
        byte[] file = "{\n  \"name\": \"Anouk\"\n}".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[file.length + 1];
        System.arraycopy(file, 0, broken, 0, 14);
        broken[14] = (byte) 0xFF;
        System.arraycopy(file, 14, broken, 15, file.length - 14);

        assertThatThrownBy(() -> UploadedText.utf8(broken)).isInstanceOf(InvalidInputException.class)
                .satisfies(refused -> assertThat(((InvalidInputException) refused).arguments()).containsExactly(2, 13));
    }

    @Test
    void validUtf8PassesUnchanged() {
        assertThat(UploadedText.utf8("\uFEFF{\"naam\": \"Zoë\"}".getBytes(StandardCharsets.UTF_8))).isEqualTo("{\"naam\": \"Zoë\"}");
    }
}
