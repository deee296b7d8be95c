package nl.bordspiegel.mirror;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.security.SignedInUser;

/** A leader's private journal: written, rewritten and deleted by that leader alone. */
@Service
@Transactional(readOnly = true)
public class JournalService {

    /** The longest reflection: what the journal_entry.text column holds. */
    public static final int MAX_TEXT = JournalEntry.MAX_TEXT;

    private final MirrorAccess access;
    private final LeaderRecord record;
    private final JournalRepository journal;

    JournalService(MirrorAccess access, LeaderRecord record, JournalRepository journal) {
        this.access = access;
        this.record = record;
        this.journal = journal;
    }

    public List<JournalView> journal(long leaderId) {
        access.requireSelf(leaderId);
        return journal.findByLeaderIdOrderByWrittenOnDescIdDesc(leaderId).stream().map(JournalEntry::view).toList();
    }

    /** Keeps a reflection with today's date and the pattern of the default 12-week window. */
    @Transactional
    public JournalView write(String prompt, String text) {
        SignedInUser me = access.requireLeader();
        JournalEntry.checkedText(text); // refused before the costlier inference runs
        LeadershipProfile now = record.currentProfile(me);
        return journal.save(new JournalEntry(me.personId(), record.today(), prompt, text, now.primary(),
                now.mixedWith())).view();
    }

    /** Rewrites the text of one of the leader's own entries; its date and pattern stay what they were. */
    @Transactional
    public JournalView rewrite(long entryId, String text) {
        JournalEntry entry = mine(entryId);
        entry.rewrite(text);
        return entry.view();
    }

    /** Deletes one of the leader's own entries; the returned copy is what {@link #restore} puts back. */
    @Transactional
    public JournalView delete(long entryId) {
        JournalEntry entry = mine(entryId);
        JournalView deleted = entry.view();
        journal.delete(entry);
        return deleted;
    }

    /**
     * Undoes a deletion: the entry comes back with its own date, prompt and pattern, always as
     * the signed-in leader's (a leader cannot put an entry into someone else's journal).
     */
    @Transactional
    public JournalView restore(JournalView deleted) {
        SignedInUser me = access.requireLeader();
        if (deleted.writtenOn().isAfter(record.today())) {
            throw new AccessDeniedException("A journal entry is not written ahead");
        }
        return journal.save(new JournalEntry(me.personId(), deleted.writtenOn(), deleted.prompt(), deleted.text(),
                deleted.pattern(), deleted.mixedWith())).view();
    }

    private JournalEntry mine(long entryId) {
        SignedInUser me = access.requireLeader();
        return journal.findById(entryId).filter(e -> e.leaderId() == me.personId())
                .orElseThrow(() -> new AccessDeniedException("Not your journal entry"));
    }
}
