package nl.bordspiegel.board;

import static nl.bordspiegel.BoardTestSchool.TEAM_A;
import static nl.bordspiegel.BoardTestSchool.TINA;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import nl.bordspiegel.BoardTestSchool;

/** Board service tests as Tina, a teacher of team A in the board test school: the one setup they share. */
@SpringBootTest
@ActiveProfiles("test")
abstract class SignedInAsTina {

    @Autowired
    ApplicationContext context;

    @Autowired
    BoardService boards;

    @Autowired
    BoardTestSchool school;

    long teamA;
    long tina;

    @BeforeEach
    void signInTina() {
        teamA = school.team(TEAM_A);
        school.signIn(TINA);
        tina = school.person(TINA);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
