package nl.bordspiegel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(CsvTable.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvTable.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvTable.field("x\"; y")).isEqualTo("\"x\"\"; y\"");
        assertThat(CsvTable.field("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(CsvTable.field(null)).isEmpty();
    }

    @Test
    void fileStartsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = new CsvTable().row(List.of("Eén", 2)).bytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFEén;2\r\n");
    }
}
