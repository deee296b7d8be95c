package nl.bordspiegel.board;

import java.time.LocalDate;

public record SuccessCard(long id, long version, String text, long authorId, String authorName, LocalDate notedOn)
        implements BoardCard {
}
