package nl.bordspiegel.dataversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.QueryCounter;
import nl.bordspiegel.TeamHistories;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.board.BoardService;
import nl.bordspiegel.mirror.MirrorPage;
import nl.bordspiegel.mirror.MirrorService;
import nl.bordspiegel.mirror.NudgeService;
import nl.bordspiegel.mirror.TeamSessions;
import nl.bordspiegel.mirror.WindowChoice;
import nl.bordspiegel.school.SchoolAdministration;
import nl.bordspiegel.school.TeamDetails;
import nl.bordspiegel.session.SessionService;
import nl.bordspiegel.shared.InvalidInputException;

/**
 * The leader's mirror is computed once per leader, window, day and change of the school's
 * data: a second opening gets the very same page, and a board change, a session, an admin's
 * change of teams or roles, or a change counted by another node (the version in the database)
 * makes it computed afresh.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(QueryCounter.class)
class MirrorCacheTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MirrorService mirror;
    @Autowired
    NudgeService nudges;
    @Autowired
    BoardService boards;
    @Autowired
    SessionService sessions;
    @Autowired
    DataVersions versions;
    @Autowired
    SchoolAdministration admin;

    TestSchools.Imported school;
    long team;
    long leader;

    @BeforeEach
    void aTeamWithTwentyWeeks() {
        school = TeamHistories.school(context, 1, 20);
        team = school.teamId(context, "Team 1");
        leader = school.personId(context, "leader");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSecondOpeningIsTheSamePage() {
        MirrorPage first = asLeader();
        assertThat(asLeader()).isSameAs(first);
        assertThat(mirror.open(leader, WindowChoice.SCHOOL_YEAR)).as("another window is its own entry")
                .isNotSameAs(first);
    }

    @Test
    void aBoardChangeMakesTheMirrorComputedAfresh() {
        MirrorPage before = asLeader();
        long version = versions.of(school.id());

        TestSchools.signIn(context, school.email("teacher"));
        boards.addSuccess(team, school.personId(context, "teacher"), "Rustig begin van de week");

        assertThat(versions.of(school.id())).isEqualTo(version + 1);
        MirrorPage after = asLeader();
        assertThat(after).isNotSameAs(before);
        assertThat(asLeader()).as("and kept again until the next change").isSameAs(after);
    }

    @Test
    void aSessionMakesTheMirrorComputedAfreshAndCountsIt() {
        MirrorPage before = asLeader();

        sessions.close(sessions.start(team, leader));

        MirrorPage after = asLeader();
        assertThat(after).isNotSameAs(before);
        assertThat(after.held()).isEqualTo(before.held() + 1);
        assertThat(after.led()).isEqualTo(before.led() + 1);
    }

    @Test
    void anAdminTakingTheLeaderOffATeamMakesTheMirrorComputedAfresh() {
        MirrorPage before = asLeader();
        long version = versions.of(school.id());

        TestSchools.signIn(context, school.email("admin"));
        TeamDetails details = admin.teams().stream().filter(t -> t.id() == team).findFirst().orElseThrow();
        admin.changeTeamPeople(team, details.members(), Set.of(), details.coaches());

        assertThat(versions.of(school.id())).isEqualTo(version + 1);
        assertThat(before.teams()).extracting(TeamSessions::teamId).containsExactly(team);
        assertThat(asLeader().teams()).as("the leader no longer follows the team").isEmpty();
    }

    @Test
    void anAdminsRefusedChangeCountsNothing() {
        long version = versions.of(school.id());

        TestSchools.signIn(context, school.email("admin"));
        // A teacher cannot follow a team as its leader: refused, and nothing is counted.
        assertThatThrownBy(() -> admin.changeTeamPeople(team, Set.of(), Set.of(teacher()), Set.of()))
                .isInstanceOf(InvalidInputException.class);

        assertThat(versions.of(school.id())).isEqualTo(version);
    }

    @Test
    void aChangeCountedOnAnotherNodeIsSeenThroughTheDatabase() {
        TestSchools.signIn(context, school.email("teacher"));
        boards.addSuccess(team, school.personId(context, "teacher"), "De school heeft nu een versie");
        MirrorPage before = asLeader();

        // Another node's change reaches this one only as the number in the shared table.
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "update data_version set version = version + 1 where school_id = ?", school.id());

        assertThat(asLeader()).isNotSameAs(before);
    }

    @Test
    void theHomePagesNudgeReadsTheRecordOnlyAfterAChange() {
        TestSchools.signIn(context, school.email("leader"));
        long cold = QueryCounter.during(nudges::currentNudge);
        long warm = QueryCounter.during(nudges::currentNudge);
        TestSchools.signIn(context, school.email("teacher"));
        boards.addSuccess(team, school.personId(context, "teacher"), "Nieuwe kaart");
        TestSchools.signIn(context, school.email("leader"));
        long afterChange = QueryCounter.during(nudges::currentNudge);

        assertThat(warm).as("warm: only the version, the journal and dismissals").isLessThan(cold);
        assertThat(afterChange).isEqualTo(cold);
    }

    private long teacher() {
        return school.personId(context, "teacher");
    }

    private MirrorPage asLeader() {
        TestSchools.signIn(context, school.email("leader"));
        return mirror.open(leader, WindowChoice.WEEKS_12);
    }
}
