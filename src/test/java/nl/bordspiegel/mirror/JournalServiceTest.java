package nl.bordspiegel.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A leader corrects her own journal: rewrite, delete, undo the delete; nobody else can. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class JournalServiceTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JournalService journal;

    private long leaderId;
    private JournalView written;

    @BeforeEach
    void leaderWritesOneEntry() {
        leaderId = TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER).personId();
        written = journal.write("Wat ging goed?", "De sessie liep vlot.");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rewritingKeepsTheDatePromptAndPattern() {
        FixedTime.advance(context, java.time.Duration.ofDays(3));

        JournalView rewritten = journal.rewrite(written.id(), "  De sessie liep vlot, dankzij Sanne. ");

        assertThat(rewritten.text()).isEqualTo("De sessie liep vlot, dankzij Sanne.");
        assertThat(rewritten.writtenOn()).isEqualTo(written.writtenOn());
        assertThat(rewritten.prompt()).isEqualTo("Wat ging goed?");
        assertThat(rewritten.pattern()).isEqualTo(written.pattern());
        assertThat(journal.journal(leaderId)).extracting(JournalView::text)
                .contains("De sessie liep vlot, dankzij Sanne.").doesNotContain("De sessie liep vlot.");
    }

    @Test
    void anEmptyRewriteIsRefusedAtTheTextAndChangesNothing() {
        assertThatThrownBy(() -> journal.rewrite(written.id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo("text"));

        assertThat(journal.journal(leaderId)).extracting(JournalView::text).contains("De sessie liep vlot.");
    }

    @Test
    void aDeletedEntryComesBackWithItsOwnDateWhenUndone() {
        FixedTime.advance(context, java.time.Duration.ofDays(2));

        JournalView deleted = journal.delete(written.id());
        assertThat(journal.journal(leaderId)).extracting(JournalView::text).doesNotContain("De sessie liep vlot.");

        journal.restore(deleted);
        assertThat(journal.journal(leaderId)).filteredOn(e -> e.text().equals("De sessie liep vlot."))
                .singleElement().satisfies(back -> {
                    assertThat(back.writtenOn()).isEqualTo(written.writtenOn());
                    assertThat(back.prompt()).isEqualTo("Wat ging goed?");
                    assertThat(back.pattern()).isEqualTo(written.pattern());
                });
    }

    @Test
    void anotherLeaderCannotRewriteOrDeleteTheEntry() {
        TestSchools.signIn(context, DemoLogins.TEAMPLAYER_LEADER);

        assertThatThrownBy(() -> journal.rewrite(written.id(), "Overgenomen")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> journal.delete(written.id())).isInstanceOf(AccessDeniedException.class);

        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
        assertThat(journal.journal(leaderId)).extracting(JournalView::text).contains("De sessie liep vlot.");
    }

    @Test
    void aRestoredEntryAlwaysLandsInTheSignedInLeadersOwnJournal() {
        JournalView deleted = journal.delete(written.id());
        long otherLeader = TestSchools.signIn(context, DemoLogins.TEAMPLAYER_LEADER).personId();

        journal.restore(deleted);

        assertThat(journal.journal(otherLeader)).extracting(JournalView::text).contains("De sessie liep vlot.");
        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);
        assertThat(journal.journal(leaderId)).extracting(JournalView::text).doesNotContain("De sessie liep vlot.");
    }

    @Test
    void aPromptTooLongForItsColumnIsRefusedNotCutShort() {
        String longPrompt = "w".repeat(JournalEntry.MAX_PROMPT + 1);

        assertThatThrownBy(() -> journal.write(longPrompt, "Een gedachte."))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("security.input.tooLong"));
        assertThat(journal.journal(leaderId)).extracting(JournalView::text).doesNotContain("Een gedachte.");
    }
}
