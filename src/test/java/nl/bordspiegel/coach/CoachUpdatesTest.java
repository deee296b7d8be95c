package nl.bordspiegel.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.school.PersonSummary;

@SpringBootTest
@ActiveProfiles("test")
class CoachUpdatesTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private CoachUpdates updates;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Clock clock;

    private CoachTestSchool school;
    private long lisa;
    private long mo;
    private long steady;

    @BeforeEach
    void buildSchool() {
        school = CoachTestSchool.create(context, LocalDate.now(clock));
        lisa = school.personId(jdbc, "lisa");
        mo = school.personId(jdbc, "mo");
        steady = school.teamId(jdbc, school.steady());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUpdateReachesExactlyTheAddressedLeaders() {
        TestSchools.signIn(context, school.email("cas"));
        updates.write(steady, Set.of(lisa), "Steady houdt het goed vol.");
        updates.write(null, Set.of(lisa, mo), "Volgende week studiedag voor alle teams.");

        TestSchools.signIn(context, school.email("lisa"));
        assertThat(updates.updatesForMe(10)).extracting(CoachUpdateView::text)
                .containsExactly("Volgende week studiedag voor alle teams.", "Steady houdt het goed vol.");
        CoachUpdateView aboutSteady = updates.updatesForMe(10).get(1);
        assertThat(aboutSteady.author()).isEqualTo("Cas Coach");
        assertThat(aboutSteady.team()).isEqualTo(school.steady());
        assertThat(aboutSteady.recipients()).containsExactly("Lisa Leider");
        assertThat(aboutSteady.writtenOn()).isEqualTo(LocalDate.now(clock));

        TestSchools.signIn(context, school.email("mo"));
        assertThat(updates.updatesForMe(10)).extracting(CoachUpdateView::text)
                .containsExactly("Volgende week studiedag voor alle teams.");

        TestSchools.signIn(context, school.email("anna"));
        assertThat(updates.updatesForMe(10)).isEmpty();
        TestSchools.signIn(context, DemoLogins.FACILITATOR_LEADER);
        assertThat(updates.updatesForMe(50)).extracting(CoachUpdateView::text)
                .doesNotContain("Steady houdt het goed vol.", "Volgende week studiedag voor alle teams.");
    }

    @Test
    void theCoachSeesWhatTheyWroteAndTheTeamPageShowsUpdatesAboutIt() {
        TestSchools.signIn(context, school.email("cas"));
        updates.write(steady, Set.of(lisa), "Over Steady.");
        updates.write(null, Set.of(mo), "Over de school.");

        assertThat(updates.writtenByMe(10)).extracting(CoachUpdateView::text)
                .containsExactly("Over de school.", "Over Steady.");
        assertThat(updates.aboutTeam(steady, 10)).extracting(CoachUpdateView::text).containsExactly("Over Steady.");
        assertThat(updates.updatesForMe(3)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void theLeadersToChooseAreTheLeadersOfTheCoachesOwnSchool() {
        TestSchools.signIn(context, school.email("cas"));

        assertThat(updates.leaders()).extracting(PersonSummary::name).containsExactly("Lisa Leider", "Mo Leider");
        assertThat(updates.leadersOf(steady)).extracting(PersonSummary::name).containsExactly("Lisa Leider");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        TestSchools.signIn(context, school.email("cas"));
        int before = count();

        assertThatThrownBy(() -> updates.write(steady, Set.of(lisa), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coach.update.error.TEXT_EMPTY"));
        assertThatThrownBy(() -> updates.write(steady, Set.of(lisa), "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coach.update.error.TEXT_TOO_LONG"));
        assertThatThrownBy(() -> updates.write(steady, Set.of(), "Goed bezig"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coach.update.error.NO_RECIPIENT"));
        long teacher = school.personId(jdbc, "anna");
        assertThatThrownBy(() -> updates.write(steady, Set.of(lisa, teacher), "Goed bezig"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("coach.update.error.NOT_A_LEADER"));
        assertThat(count()).isEqualTo(before);

        updates.write(steady, Set.of(lisa), "x".repeat(2000));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void teachersLeadersWithoutTheCoachRoleAndAdminsCannotWriteUpdates() {
        for (String who : new String[] {"anna", "lisa", "ada"}) {
            TestSchools.signIn(context, school.email(who));
            assertThatThrownBy(() -> updates.write(steady, Set.of(lisa), "Hallo")).as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> updates.leaders()).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> updates.aboutTeam(steady, 5)).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(count()).isZero();
    }

    @Test
    void aCoachOfAnotherSchoolCannotWriteToThisSchoolNorReadItsUpdates() {
        TestSchools.signIn(context, school.email("cas"));
        updates.write(steady, Set.of(lisa), "Alleen voor deze school.");
        TestSchools.signIn(context, DemoLogins.COACH);

        assertThat(updates.leaders()).extracting(PersonSummary::id).doesNotContain(lisa, mo);
        assertThatThrownBy(() -> updates.write(null, Set.of(lisa), "Hallo"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> updates.write(steady, Set.of(), "Hallo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.aboutTeam(steady, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> updates.leadersOf(steady)).isInstanceOf(AccessDeniedException.class);
        assertThat(count()).isEqualTo(1);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from coach_update where school_id = ?", Integer.class,
                school.schoolId);
    }
}
