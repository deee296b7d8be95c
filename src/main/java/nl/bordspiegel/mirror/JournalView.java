package nl.bordspiegel.mirror;

import java.time.LocalDate;

import nl.bordspiegel.leadership.Pattern;

/** A journal entry as shown; {@code pattern} is null when the mirror had too little data then. */
public record JournalView(long id, LocalDate writtenOn, String prompt, String text, Pattern pattern,
                          Pattern mixedWith) {
}
