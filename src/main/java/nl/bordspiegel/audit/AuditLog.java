package nl.bordspiegel.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.bordspiegel.security.CurrentUser;
import nl.bordspiegel.security.PasswordEvent;
import nl.bordspiegel.security.SignedInUser;
import nl.bordspiegel.shared.Role;

/**
 * The school's audit log. Features call {@link #record} inside their own transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@Service
@Transactional
public class AuditLog {

    /** What the audit page shows at most: the newest entries. */
    public static final int SHOWN = 500;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an act of the signed-in user in their own school. */
    @PreAuthorize("isAuthenticated()")
    public void record(AuditAction action, String detail) {
        SignedInUser actor = currentUser.require();
        entries.save(new AuditEntry(actor.schoolId(), actor.personId(), actor.name(), action, detail,
                LocalDateTime.now(clock)));
    }

    /**
     * Every use of a password link, and every change of a password, in the person's
     * school: the link's maker is the actor, so a takeover attempt is visible to all admins.
     */
    @EventListener
    void record(PasswordEvent event) {
        AuditAction action = switch (event.kind()) {
            case SET_WITH_LINK -> AuditAction.PASSWORD_SET_WITH_LINK;
            case RESET_AWAITS_CONFIRMATION -> AuditAction.PASSWORD_RESET_AWAITS_CONFIRMATION;
            case RESET_CONFIRMED -> AuditAction.PASSWORD_RESET_CONFIRMED;
            case RESET_REFUSED -> AuditAction.PASSWORD_RESET_REFUSED;
            case CHANGED -> AuditAction.PASSWORD_CHANGED;
        };
        entries.save(new AuditEntry(event.schoolId(), event.byPersonId(), event.byName(), action, event.personName(),
                LocalDateTime.now(clock)));
    }

    /** The newest entries of the admin's own school, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<AuditRecord> newestEntries() {
        SignedInUser admin = currentUser.require();
        return entries.findBySchoolIdOrderByOccurredAtDescIdDesc(admin.schoolId(), PageRequest.of(0, SHOWN))
                .stream().map(AuditEntry::record).toList();
    }
}
