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
        // A rule holds declarations only; an at-rule (@media, @supports) may hold rules.
        java.util.Deque<Boolean> open = new java.util.ArrayDeque<>();
        StringBuilder prelude = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '{') {
                assertThat(open.contains(Boolean.FALSE)).as("a rule opened inside a rule: " + prelude.toString().trim())
                        .isFalse();
                open.push(prelude.toString().trim().startsWith("@"));
                prelude.setLength(0);
            } else if (c == '}') {
                assertThat(open).as("a } without its {").isNotEmpty();
                open.pop();
                prelude.setLength(0);
            } else if (c == ';' && open.isEmpty()) {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        assertThat(open).as("rules left open").isEmpty();
    }
}
