package nl.bordspiegel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.TestSchools;
import nl.bordspiegel.history.HistoryImporter;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.FixedTime;

@SpringBootTest
@ActiveProfiles("test")
class PasswordServiceTest {

    @Autowired PasswordService passwords;
    @Autowired UserDetailsService accounts;
    @Autowired org.springframework.context.ApplicationContext context;
    @Autowired HistoryImporter importer;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    TestSchools.School school;

    @BeforeEach
    void aSchool() {
        school = TestSchools.create(importer, encoder);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void changingYourPasswordNeedsTheCurrentOneAndAStrongNewOne() {
        TestSchools.signIn(context, school.teacher());

        assertThatThrownBy(() -> passwords.changeMyPassword("niet-het-goede", "fiets regen tulp 42"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("currentWrong");
        assertThatThrownBy(() -> passwords.changeMyPassword(TestSchools.PASSWORD, "welkom123456"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("common");
        assertThat(encoder.matches(TestSchools.PASSWORD, hashOf(school.teacher()))).isTrue();

        passwords.changeMyPassword(TestSchools.PASSWORD, "fiets regen tulp 42");

        assertThat(encoder.matches("fiets regen tulp 42", hashOf(school.teacher()))).isTrue();
        assertThat(hashOf(school.teacher())).startsWith("$2");
    }

    @Test
    void aSetPasswordLinkWorksOnce() {
        long teacher = newColleague(school.teacher());
        TestSchools.signIn(context, school.admin());
        String token = passwords.createSetPasswordToken(teacher);
        TestSchools.signInAnonymously();

        assertThat(passwords.isUsable(token)).isTrue();
        assertThatThrownBy(() -> passwords.setPasswordWithToken(token, "kort")).isInstanceOf(InvalidInputException.class);
        assertThat(passwords.isUsable(token)).as("a refused password does not use the link").isTrue();
        passwords.setPasswordWithToken(token, "lantaarn in de mist");

        assertThat(encoder.matches("lantaarn in de mist", hashOf(school.teacher()))).isTrue();
        assertThat(passwords.isUsable(token)).isFalse();
        assertThatThrownBy(() -> passwords.setPasswordWithToken(token, "nog een keer proberen"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("security.link.unusable");
        assertThat(encoder.matches("lantaarn in de mist", hashOf(school.teacher()))).isTrue();
    }

    @Test
    void anExpiredOrReplacedLinkNoLongerWorks() {
        long teacher = newColleague(school.teacher());
        TestSchools.signIn(context, school.admin());
        String first = passwords.createSetPasswordToken(teacher);
        String second = passwords.createSetPasswordToken(teacher);
        TestSchools.signInAnonymously();

        assertThat(passwords.isUsable(first)).as("replaced").isFalse();
        assertThat(passwords.isUsable(second)).isTrue();
        jdbc.update("update set_password_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.valueOf(FixedTime.now(context).minusMinutes(1)), PasswordService.hash(second));
        assertThat(passwords.isUsable(second)).as("expired").isFalse();
        assertThatThrownBy(() -> passwords.setPasswordWithToken(second, "lantaarn in de mist"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(passwords.isUsable("verzonnen-token")).isFalse();
    }

    @Test
    void onlyAnAdminOfTheSameSchoolMakesALink() {
        TestSchools.School other = TestSchools.create(importer, encoder);
        long teacher = personId(school.teacher());

        TestSchools.signIn(context, other.admin());
        assertThatThrownBy(() -> passwords.createSetPasswordToken(teacher)).isInstanceOf(AccessDeniedException.class);
        TestSchools.signIn(context, school.coach());
        assertThatThrownBy(() -> passwords.createSetPasswordToken(teacher)).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> passwords.createSetPasswordToken(teacher)).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from set_password_token where person_id = ?", Integer.class,
                teacher)).isZero();
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from person where email = ?", String.class, email);
    }

    private long personId(String email) {
        return jdbc.queryForObject("select id from person where email = ?", Long.class, email);
    }

    /** A colleague who has not set a password yet: the link an admin makes is for them. */
    private long newColleague(String email) {
        jdbc.update("update person set password_hash = null where email = ?", email);
        return personId(email);
    }
}
