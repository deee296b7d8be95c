package nl.bordspiegel.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import nl.bordspiegel.TestSchools;

/**
 * The format's JSON Schema in the repository ({@code docs/school-history.schema.json}) and
 * what the app reads and writes agree: the demo file and every export validate.
 */
@SpringBootTest
@ActiveProfiles("test")
class SchoolHistorySchemaTest {

    private static final Path SCHEMA = Path.of("docs", "school-history.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired HistoryExporter exporter;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;

    @Test
    void theDemoFileFollowsTheSchema() throws IOException {
        try (InputStream demo = getClass().getResourceAsStream("/demo/demo-school.json")) {
            assertThat(errors(JSON.readTree(demo))).isEmpty();
        }
    }

    @Test
    void everyExportFollowsTheSchema() throws IOException {
        TestSchools.create(importer, encoder);
        List<Long> schools = exporter.schoolIds();
        assertThat(schools).hasSizeGreaterThanOrEqualTo(2);

        for (long school : schools) {
            JsonNode exported = JSON.readTree(HistoryWriter.toJson(exporter.export(school)));
            assertThat(errors(exported)).as("school " + school).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        ObjectNode file;
        try (InputStream demo = getClass().getResourceAsStream("/demo/demo-school.json")) {
            file = (ObjectNode) JSON.readTree(demo);
        }
        ((ObjectNode) file.get("people").get(0)).putArray("roles").add("DIRECTOR");
        ((ObjectNode) file.get("teams").get(0)).put("name", "<b>Groep 1</b>");
        ((ObjectNode) file.get("sessions").get(0)).put("date", "9-9-2026");

        assertThat(errors(file)).extracting(error -> error.getInstanceLocation().toString())
                .contains("/people/0/roles/0", "/teams/0/name", "/sessions/0/date");
    }

    private static List<Error> errors(JsonNode document) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA));
        return schema.validate(document, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    }
}
