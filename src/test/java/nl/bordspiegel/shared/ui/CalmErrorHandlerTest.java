package nl.bordspiegel.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import nl.bordspiegel.shared.InvalidInputException;
import nl.bordspiegel.shared.Messages;

class CalmErrorHandlerTest {

    @Test
    void refusedInputShowsItsOwnReasonInTheUsersLanguageAlsoWhenWrapped() {
        RuntimeException wrapped = new RuntimeException("listener failed", InvalidInputException.at("text",
                "security.input.tooLong", new InvalidInputException.MessageArg("board.input.field.text"), 500));

        assertThat(CalmErrorHandler.text(wrapped, Messages.DUTCH)).isEqualTo("De tekst mag hoogstens 500 tekens hebben.");
        assertThat(CalmErrorHandler.text(wrapped, Locale.ENGLISH)).contains("500").doesNotContain("tekens");
    }

    @Test
    void anythingElseIsACalmSentenceWithoutTheTechnicalDetail() {
        String text = CalmErrorHandler.text(new IllegalStateException("NullPointer in BoardView line 42"),
                Messages.DUTCH);

        assertThat(text).startsWith("Er ging iets mis").doesNotContain("BoardView").doesNotContain("Exception");
        assertThat(CalmErrorHandler.text(new AccessDeniedException("team 7"), Locale.ENGLISH))
                .isEqualTo("You may not see or do that here.");
    }

    @Test
    void aBrowserThatWentAwayIsNoErrorToReport() {
        RuntimeException wrapped = new RuntimeException("write failed",
                new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe")));

        assertThat(CalmErrorHandler.clientWentAway(wrapped)).isTrue();
        assertThat(CalmErrorHandler.clientWentAway(new java.io.IOException("Connection reset by peer"))).isTrue();
        assertThat(CalmErrorHandler.clientWentAway(new IllegalStateException("NullPointer in BoardView line 42"))).isFalse();
        assertThat(CalmErrorHandler.clientWentAway(new java.io.IOException("Disk full"))).isFalse();
    }
}
