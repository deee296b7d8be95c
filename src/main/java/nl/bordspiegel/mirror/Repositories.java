package nl.bordspiegel.mirror;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

// The mirror's package-private repositories, in one file: only the mirror's four services reach them.

interface JournalRepository extends JpaRepository<JournalEntry, Long> {
    List<JournalEntry> findByLeaderIdOrderByWrittenOnDescIdDesc(long leaderId);

    Optional<JournalEntry> findFirstByLeaderIdOrderByWrittenOnDesc(long leaderId);
}

interface SelfViewRepository extends JpaRepository<SelfView, Long> {
}

interface TeamPerceptionRepository extends JpaRepository<TeamPerception, Long> {
    List<TeamPerception> findByLeaderId(long leaderId);

    Optional<TeamPerception> findByLeaderIdAndTeacherId(long leaderId, long teacherId);
}

interface SharedSnapshotRepository extends JpaRepository<SharedSnapshot, Long> {
    List<SharedSnapshot> findByLeaderIdOrderBySharedAtDesc(long leaderId);

    List<SharedSnapshot> findByCoachIdAndWithdrawnAtIsNullOrderBySharedAtDesc(long coachId);
}

interface DismissedNudgeRepository extends JpaRepository<DismissedNudge, Long> {
    boolean existsByLeaderIdAndNudgeKey(long leaderId, String nudgeKey);
}
