package nl.bordspiegel.timelog;

import java.time.LocalDate;

import nl.bordspiegel.shared.Vocabulary.TimeCategory;

/** One logged entry as the leader sees it. */
public record LoggedTime(long id, LocalDate date, int minutes, TimeCategory category) {
}
