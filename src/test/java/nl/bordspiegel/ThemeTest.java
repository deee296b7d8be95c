package nl.bordspiegel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ThemeTest {

    /** One unclosed rule makes the browser drop every rule after it, silently. */
    @Test
    void everyRuleInTheThemeIsClosed() throws IOException {
        String css = Files.readString(Path.of("frontend/themes/bordspiegel/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        for (char c : css.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertThat(depth).as("nesting of { }").isBetween(0, 1);
        }
        assertThat(depth).isZero();
    }
}
