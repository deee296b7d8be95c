package nl.bordspiegel.coach;

import java.time.LocalDate;
import java.util.List;

/** A coach update as its readers see it; {@code team} is null for an update about the school. */
public record CoachUpdateView(long id, LocalDate writtenOn, String author, String team, String text,
                              List<String> recipients) {

    public CoachUpdateView {
        recipients = List.copyOf(recipients);
    }
}
