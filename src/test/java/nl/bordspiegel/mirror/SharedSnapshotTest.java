package nl.bordspiegel.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import nl.bordspiegel.shared.InvalidInputException;

class SharedSnapshotTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 9, 10, 15);

    @Test
    void aSnapshotTooLongForItsColumnIsRefusedBeforeTheDatabaseSeesIt() {
        String tooLong = "x".repeat(SharedSnapshot.MAX_CONTENT + 1);

        assertThatThrownBy(() -> new SharedSnapshot(1, 2, AT, tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("mirror.sharing.tooLong");
                    assertThat(refused.field()).isEqualTo("entries");
                });
        assertThat(new SharedSnapshot(1, 2, AT, "x".repeat(SharedSnapshot.MAX_CONTENT)).content())
                .hasSize(SharedSnapshot.MAX_CONTENT);
    }
}
