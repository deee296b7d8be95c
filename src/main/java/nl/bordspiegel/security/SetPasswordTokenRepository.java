package nl.bordspiegel.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SetPasswordTokenRepository extends JpaRepository<SetPasswordToken, Long> {

    Optional<SetPasswordToken> findByTokenHash(String tokenHash);

    List<SetPasswordToken> findByPersonIdAndUsedAtIsNull(long personId);

    /** A new link replaces the person's earlier unused ones. */
    @Modifying
    @Query("update SetPasswordToken t set t.usedAt = :now where t.personId = :personId and t.usedAt is null")
    void retireUnusedOf(long personId, LocalDateTime now);
}
