package nl.bordspiegel.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.leadership.Pattern;
import nl.bordspiegel.timelog.TimeLog;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

/** Nobody but the leader reads the leader's mirror, through the services themselves. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class MirrorPrivacyTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MirrorService mirror;
    @Autowired
    private JournalService journal;
    @Autowired
    private SharingService sharing;
    @Autowired
    private TimeLog timeLog;
    @Autowired
    private UserDetailsService accounts;

    private long leaderId;

    @BeforeEach
    void leaderHasAJournal() {
        leaderId = TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER).personId();
        journal.write(null, "Private thought");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void leaderReadsOwnProfileJournalAndTimeLog() {
        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);

        assertThat(mirror.open(leaderId, WindowChoice.WEEKS_12).hasPattern()).isTrue();
        assertThat(journal.journal(leaderId)).extracting(JournalView::text).contains("Private thought");
        assertThat(timeLog.entries(leaderId, FixedTime.today(context).minusWeeks(12))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {DemoLogins.COACH, DemoLogins.ADMIN, DemoLogins.TEAMPLAYER_LEADER, DemoLogins.TEACHER})
    void othersAreRefusedTheLeadersProfileJournalAndTimeLog(String other) {
        TestSchools.signIn(context, other);

        assertThatThrownBy(() -> mirror.open(leaderId, WindowChoice.WEEKS_12)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journal.journal(leaderId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timeLog.entries(leaderId, FixedTime.today(context).minusWeeks(12)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mirror.teamView(leaderId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mirror.selfView(leaderId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sharing.myShares(leaderId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sharedSnapshotIsReadByTheNamedCoachOnlyUntilWithdrawn() {
        long coachId = TestSchools.signIn(context, DemoLogins.COACH).personId();
        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
        long entry = journal.journal(leaderId).get(0).id();
        long shared = sharing.share(coachId, List.of(entry)).id();

        TestSchools.signIn(context, DemoLogins.COACH);
        Snapshot snapshot = sharing.snapshot(shared);
        assertThat(snapshot.primary()).isEqualTo(Pattern.KEYPLAYER);
        assertThat(snapshot.journal()).extracting(Snapshot.SharedEntry::text).containsExactly("Private thought");
        assertThat(sharing.sharedWithMe()).extracting(Snapshot::id).contains(shared);

        TestSchools.signIn(context, DemoLogins.TEAMPLAYER_LEADER); // also a coach, but not the named one
        assertThatThrownBy(() -> sharing.snapshot(shared)).isInstanceOf(AccessDeniedException.class);
        assertThat(sharing.sharedWithMe()).extracting(Snapshot::id).doesNotContain(shared);
        TestSchools.signIn(context, DemoLogins.ADMIN);
        assertThatThrownBy(() -> sharing.snapshot(shared)).isInstanceOf(AccessDeniedException.class);

        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
        sharing.withdraw(shared);

        TestSchools.signIn(context, DemoLogins.COACH);
        assertThatThrownBy(() -> sharing.snapshot(shared)).isInstanceOf(AccessDeniedException.class);
        assertThat(sharing.sharedWithMe()).extracting(Snapshot::id).doesNotContain(shared);
    }

    @Test
    void anotherLeaderCannotWithdrawOrReadSomeonesShares() {
        long coachId = TestSchools.signIn(context, DemoLogins.COACH).personId();
        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
        long shared = sharing.share(coachId, List.of()).id();

        TestSchools.signIn(context, DemoLogins.FACILITATOR_LEADER);
        assertThatThrownBy(() -> sharing.withdraw(shared)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teacherPerceptionIsHiddenBelowThreeAnswersAndShownAsCountsFromThree() {
        List<String> teachers = List.of("anouk@linde.example", "marieke@linde.example", "sanne@linde.example");
        for (int i = 0; i < teachers.size(); i++) {
            TestSchools.signIn(context, teachers.get(i));
            mirror.answerAbout(leaderId, Pattern.KEYPLAYER, i == 0 ? Pattern.TEAMPLAYER : Pattern.KEYPLAYER);

            TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
            TeamView view = mirror.teamView(leaderId);
            assertThat(view.answers()).isEqualTo(i + 1);
            if (i + 1 < MirrorService.TEAM_VIEW_MINIMUM) {
                assertThat(view.revealed()).isFalse();
                assertThat(view.recognised()).isEmpty();
                assertThat(view.wished()).isEmpty();
            }
        }
        TeamView view = mirror.teamView(leaderId);
        assertThat(view.revealed()).isTrue();
        assertThat(view.recognised()).containsEntry(Pattern.KEYPLAYER, 3).containsEntry(Pattern.FACILITATOR, 0);
        assertThat(view.wished()).containsEntry(Pattern.TEAMPLAYER, 1).containsEntry(Pattern.KEYPLAYER, 2);
    }

    @Test
    void teacherAnswersOnlyAboutTheLeaderOfTheirOwnTeams() {
        long newLeader = TestSchools.signIn(context, DemoLogins.NEW_LEADER).personId();
        TestSchools.signIn(context, "anouk@linde.example");

        assertThatThrownBy(() -> mirror.answerAbout(newLeader, Pattern.TEAMPLAYER, Pattern.TEAMPLAYER))
                .isInstanceOf(AccessDeniedException.class);
    }
}
