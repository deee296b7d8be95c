package nl.bordspiegel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 9, 10, 15);

    @Test
    void aDetailThatFitsIsKeptWhole() {
        String detail = "d".repeat(AuditEntry.DETAIL_MAX);

        assertThat(new AuditEntry(1, 2L, "Ada Beheer", AuditAction.SHARED, detail, AT).record().detail())
                .isEqualTo(detail);
    }

    @Test
    void aDetailOrNameTooLongForItsColumnIsRefusedNotCutShort() {
        assertThatThrownBy(() -> new AuditEntry(1, 2L, "Ada", AuditAction.SHARED, "d".repeat(AuditEntry.DETAIL_MAX + 1), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(1, 2L, "a".repeat(AuditEntry.ACTOR_NAME_MAX + 1), AuditAction.SHARED,
                "", AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
