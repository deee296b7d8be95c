package nl.bordspiegel.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.unit.DataSize;

/**
 * What a fresh jar does with no profile and no environment variables, read from the settings
 * the jar ships: the defects of issue 16 that were plain defaults.
 */
class ProductionSettingsTest {

    private final StandardEnvironment shipped = shipped();

    @Test
    void aFreshJarDoesNotStartAsTheDemo() {
        assertThat(shipped.getProperty("bordspiegel.demo.enabled", Boolean.class)).isFalse();
    }

    @Test
    void theDataFolderIsAnAbsolutePathThatDoesNotMoveWithTheWorkingDirectory() {
        String url = shipped.getProperty("spring.datasource.url");
        Path folder = Path.of(shipped.getProperty("bordspiegel.data-dir"));

        assertThat(folder).isAbsolute();
        assertThat(url).startsWith("jdbc:h2:file:" + folder + "/");
    }

    @Test
    void theDemoKeepsItsDataInAFolderOfItsOwnNotInTheOneARealSchoolStartsIn() {
        StandardEnvironment demo = shipped("application-demo.properties");
        Path folder = Path.of(demo.getProperty("bordspiegel.data-dir"));

        assertThat(folder).isAbsolute().isNotEqualTo(Path.of(shipped.getProperty("bordspiegel.data-dir")));
        assertThat(demo.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:" + folder + "/");
        assertThat(demo.getProperty("bordspiegel.demo.enabled", Boolean.class)).isTrue();
    }

    @Test
    void aSchoolFileOfFiftyMegabytesPassesTheUploadLimit() {
        assertThat(DataSize.parse(shipped.getProperty("spring.servlet.multipart.max-file-size")))
                .isGreaterThanOrEqualTo(DataSize.ofMegabytes(50));
        assertThat(DataSize.parse(shipped.getProperty("spring.servlet.multipart.max-request-size")))
                .isGreaterThan(DataSize.ofMegabytes(50));
    }

    @Test
    void behindAProxyTheForwardedHeadersCountAndLinksUseTheConfiguredAddress() {
        // Spring Boot reads the value case-insensitively; plain Spring does not.
        assertThat(ServerProperties.ForwardHeadersStrategy.valueOf(
                shipped.getProperty("server.forward-headers-strategy", "NONE").toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
        assertThat(shipped.getProperty("bordspiegel.public-url")).isEqualTo("http://localhost:8080/");
        assertThat(shipped.getProperty("server.servlet.session.cookie.same-site")).isEqualToIgnoringCase("lax");
    }

    /**
     * application.properties with no environment variables of ours set (as on a fresh server), and
     * the given profiles' files before it, as Spring Boot orders them.
     */
    private static StandardEnvironment shipped(String... profileFiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        try {
            for (String profileFile : profileFiles) {
                environment.getPropertySources().addLast(new ResourcePropertySource("classpath:" + profileFile));
            }
            environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException missing) {
            throw new IllegalStateException(missing);
        }
        return environment;
    }
}
