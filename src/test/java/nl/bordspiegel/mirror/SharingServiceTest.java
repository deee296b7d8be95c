package nl.bordspiegel.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.TestSchools;
import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.audit.AuditRecord;
import nl.bordspiegel.shared.InvalidInputException;

/** Sharing keeps its promises: each share and withdrawal is audited, and a too long snapshot is refused whole. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SharingServiceTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private SharingService sharing;
    @Autowired
    private JournalService journal;
    @Autowired
    private AuditLog audit;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sharingAndWithdrawingAreInTheSchoolsAuditLog() {
        long coachId = TestSchools.signIn(context, DemoLogins.COACH).personId();
        TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER);

        long shared = sharing.share(coachId, List.of()).id();
        sharing.withdraw(shared);
        sharing.withdraw(shared);

        TestSchools.signIn(context, DemoLogins.ADMIN);
        List<AuditRecord> mine = audit.newestEntries().stream()
                .filter(e -> e.actorName().startsWith("Monique")).toList();
        assertThat(mine).extracting(AuditRecord::action).containsExactly(AuditAction.UNSHARED, AuditAction.SHARED);
        assertThat(mine).extracting(AuditRecord::detail).allSatisfy(detail -> assertThat(detail).startsWith("Karin"));
    }

    @Test
    void aSnapshotOfSeveralLongJournalEntriesIsRefusedBeforeTheDatabaseSeesIt() {
        long coachId = TestSchools.signIn(context, DemoLogins.COACH).personId();
        long leaderId = TestSchools.signIn(context, DemoLogins.KEYPLAYER_LEADER).personId();
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entries.add(journal.write(null, (i + " ").repeat(JournalEntry.MAX_TEXT / 2)).id());
        }

        assertThatThrownBy(() -> sharing.share(coachId, entries))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("mirror.sharing.tooLong");
                    assertThat(refused.field()).isEqualTo("entries");
                });
        assertThat(sharing.myShares(leaderId)).isEmpty();
        TestSchools.signIn(context, DemoLogins.ADMIN);
        assertThat(audit.newestEntries()).extracting(AuditRecord::action).doesNotContain(AuditAction.SHARED);
    }
}
