package nl.bordspiegel.timelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.FixedTime;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Vocabulary.TimeCategory;

/** A leader logs time for an earlier day of the cycle, and corrects or deletes her own entries. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class TimeLogTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private TimeLog timeLog;

    private long leaderId;
    private LocalDate today;

    @BeforeEach
    void signIn() {
        leaderId = TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER).personId();
        today = FixedTime.today(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void timeIsLoggedForAnEarlierDayOfTheCurrentCycleButNotBeforeItOrAhead() {
        LoggedTime lastMonday = timeLog.log(TimeCategory.LESSON_VISIT, 45, today.minusDays(2));
        LoggedTime firstDay = timeLog.log(TimeCategory.COACHING, 30, timeLog.earliestDay());

        assertThat(timeLog.entries(leaderId, today.minusWeeks(TimeLog.LOG_BACK_WEEKS)))
                .extracting(LoggedTime::id).contains(lastMonday.id(), firstDay.id());
        assertThat(timeLog.earliestDay()).isEqualTo(today.minusWeeks(TimeLog.LOG_BACK_WEEKS).plusDays(1));
        assertThatThrownBy(() -> timeLog.log(TimeCategory.COACHING, 30, timeLog.earliestDay().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("timelog.input.tooEarly"));
        assertThatThrownBy(() -> timeLog.log(TimeCategory.COACHING, 30, today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("date"));
    }

    @Test
    void anEntryIsCorrected() {
        LoggedTime logged = timeLog.logToday(TimeCategory.SESSION_PREP, 15);

        timeLog.change(logged.id(), TimeCategory.TRAINING, 90, today.minusDays(1));

        assertThat(timeLog.entries(leaderId, today.minusDays(7))).filteredOn(e -> e.id() == logged.id())
                .singleElement().isEqualTo(new LoggedTime(logged.id(), today.minusDays(1), 90, TimeCategory.TRAINING));
    }

    @Test
    void aCorrectionWithImpossibleMinutesIsRefusedAtTheMinutesAndChangesNothing() {
        LoggedTime logged = timeLog.logToday(TimeCategory.SESSION_PREP, 15);

        assertThatThrownBy(() -> timeLog.change(logged.id(), TimeCategory.SESSION_PREP, 0, today))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("minutes"));
        assertThat(timeLog.entries(leaderId, today)).contains(logged);
    }

    @Test
    void aDeletedEntryIsGoneAndItsCopyLogsItAgain() {
        LoggedTime logged = timeLog.log(TimeCategory.COACHING, 60, today.minusDays(3));

        LoggedTime removed = timeLog.remove(logged.id());
        assertThat(timeLog.entries(leaderId, today.minusDays(7))).extracting(LoggedTime::id).doesNotContain(logged.id());

        timeLog.log(removed.category(), removed.minutes(), removed.date());
        assertThat(timeLog.entries(leaderId, today.minusDays(7)))
                .anySatisfy(e -> assertThat(e).usingRecursiveComparison().ignoringFields("id").isEqualTo(logged));
    }

    @Test
    void onlyTheLeaderHerselfCorrectsOrDeletesHerTime() {
        LoggedTime logged = timeLog.logToday(TimeCategory.SESSION_PREP, 15);
        TestSchools.signIn(context, DemoLogins.TEAMPLAYER_LEADER);

        assertThatThrownBy(() -> timeLog.change(logged.id(), TimeCategory.OTHER, 20, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timeLog.remove(logged.id())).isInstanceOf(AccessDeniedException.class);
    }
}
