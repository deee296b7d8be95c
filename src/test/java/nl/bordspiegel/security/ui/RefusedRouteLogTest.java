package nl.bordspiegel.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.vaadin.flow.component.UI;

import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.security.SignedInUser;

/** A page someone's roles do not allow is refused calmly, and the refusal is in the security log. */
@ExtendWith(OutputCaptureExtension.class)
class RefusedRouteLogTest extends KaribuTest {

    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;

    @Test
    void aTeacherOpeningTheAdminPagesIsRefusedAndLogged(CapturedOutput output) {
        TestSchools.School school = TestSchools.create(importer, encoder);
        SignedInUser teacher = loginAs(school.teacher());

        UI.getCurrent().navigate("beheer/mensen");

        assertThat(pageText()).contains("Deze pagina is er niet voor jou");
        assertThat(output.getOut()).contains("access refused target=/beheer/mensen person=" + teacher.personId());
        assertThat(output.getOut()).contains("reason=route-not-allowed");
    }
}
