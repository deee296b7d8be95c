package nl.bordspiegel.mirror;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.bordspiegel.audit.AuditAction;
import nl.bordspiegel.audit.AuditLog;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.school.PersonSummary;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.security.SignedInUser;

/**
 * A leader's snapshots for a named coach: shared, listed and withdrawn by the leader, read
 * by that coach alone until withdrawn. Every share and withdrawal is in the school's audit log,
 * as the sharing page promises.
 */
@Service
@Transactional(readOnly = true)
public class SharingService {

    private final MirrorAccess access;
    private final MirrorService mirror;
    private final JournalService journal;
    private final SchoolDirectory directory;
    private final SharedSnapshotRepository snapshots;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    SharingService(MirrorAccess access, MirrorService mirror, JournalService journal, SchoolDirectory directory,
                   SharedSnapshotRepository snapshots, AuditLog audit, Clock clock) {
        this.access = access;
        this.mirror = mirror;
        this.journal = journal;
        this.directory = directory;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    public List<PersonSummary> coachesToShareWith() {
        SignedInUser me = access.requireLeader();
        return directory.coachesOfMySchool().stream().filter(c -> c.id() != me.personId()).toList();
    }

    /** Freezes the 12-week mirror and the chosen journal entries for one coach of the school. */
    @Transactional
    public ShareView share(long coachId, Collection<Long> journalEntryIds) {
        SignedInUser me = access.requireLeader();
        PersonSummary coach = coachesToShareWith().stream().filter(c -> c.id() == coachId).findAny()
                .orElseThrow(() -> new AccessDeniedException("Share only with a coach of your school"));
        Set<Long> chosen = new HashSet<>(journalEntryIds);
        List<Snapshot.SharedEntry> entries = journal.journal(me.personId()).stream()
                .filter(e -> chosen.contains(e.id()))
                .map(e -> new Snapshot.SharedEntry(e.writtenOn(), e.prompt(), e.text(), e.pattern(), e.mixedWith()))
                .toList();
        MirrorPage page = mirror.open(me.personId(), WindowChoice.WEEKS_12);
        LeadershipProfile profile = page.profile();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Snapshot snapshot = new Snapshot(0, me.name(), now, page.window().first(), page.window().at(),
                profile.status(), profile.primary(), profile.mixedWith(), profile.confidence(), profile.profile(),
                profile.dimensions().stream().map(d -> new Snapshot.Evidence(d.dimension(), Reflection.fitsBest(d),
                        d.evidence())).toList(), profile.missing(), entries);
        SharedSnapshot saved = snapshots.save(new SharedSnapshot(me.personId(), coachId, now, write(snapshot)));
        audit.record(AuditAction.SHARED, coach.name());
        return new ShareView(saved.id(), coach.name(), saved.sharedAt(), null);
    }

    public List<ShareView> myShares(long leaderId) {
        access.requireSelf(leaderId);
        List<SharedSnapshot> mine = snapshots.findByLeaderIdOrderBySharedAtDesc(leaderId);
        Map<Long, PersonSummary> coaches = directory.peopleOfMySchool(
                mine.stream().map(SharedSnapshot::coachId).collect(Collectors.toSet()));
        return mine.stream().map(s -> new ShareView(s.id(), name(coaches, s.coachId()), s.sharedAt(),
                s.withdrawnAt())).toList();
    }

    @Transactional
    public void withdraw(long snapshotId) {
        SignedInUser me = access.requireLeader();
        SharedSnapshot snapshot = snapshots.findById(snapshotId).filter(s -> s.leaderId() == me.personId())
                .orElseThrow(() -> new AccessDeniedException("Not your snapshot"));
        if (snapshot.withdrawn()) {
            return;
        }
        snapshot.withdraw(LocalDateTime.now(clock));
        audit.record(AuditAction.UNSHARED,
                name(directory.peopleOfMySchool(Set.of(snapshot.coachId())), snapshot.coachId()));
    }

    /** The snapshots shared with the signed-in coach and not withdrawn, newest first. */
    public List<Snapshot> sharedWithMe() {
        SignedInUser me = access.requireCoach();
        return snapshots.findByCoachIdAndWithdrawnAtIsNullOrderBySharedAtDesc(me.personId()).stream()
                .map(this::read).toList();
    }

    /** One snapshot, for the coach it was shared with only, and only until it is withdrawn. */
    public Snapshot snapshot(long snapshotId) {
        SignedInUser me = access.requireCoach();
        return snapshots.findById(snapshotId)
                .filter(s -> s.coachId() == me.personId() && !s.withdrawn())
                .map(this::read)
                .orElseThrow(() -> new AccessDeniedException("This snapshot is not shared with you"));
    }

    private String write(Snapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A snapshot could not be written", e);
        }
    }

    private Snapshot read(SharedSnapshot stored) {
        try {
            return json.readValue(stored.content(), Snapshot.class).withId(stored.id());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Snapshot " + stored.id() + " could not be read", e);
        }
    }

    private static String name(Map<Long, PersonSummary> people, long id) {
        PersonSummary person = people.get(id);
        return person == null ? "?" : person.name();
    }
}
