package nl.bordspiegel.session;

import java.util.List;

/** One step of a team's agenda; {@code title} is null for a default step, whose name is translated. */
public record AgendaItem(AgendaKind kind, String title, int minutes) {

    /** The programme's 15 minutes: check-in, successes, goals, open actions, new ideas and actions, close. */
    public static final List<AgendaItem> DEFAULT = List.of(
            new AgendaItem(AgendaKind.CHECK_IN, null, 1),
            new AgendaItem(AgendaKind.SUCCESSES, null, 2),
            new AgendaItem(AgendaKind.GOALS, null, 3),
            new AgendaItem(AgendaKind.OPEN_ACTIONS, null, 4),
            new AgendaItem(AgendaKind.NEW_ITEMS, null, 4),
            new AgendaItem(AgendaKind.CLOSE, null, 1));

    public AgendaItem {
        if (minutes < 0 || minutes > 60) {
            throw new IllegalArgumentException("A step takes 0 to 60 minutes");
        }
        title = title == null || title.isBlank() ? null : title.strip();
        if (kind == AgendaKind.OTHER && title == null) {
            throw new IllegalArgumentException("A step of the team's own needs a name");
        }
    }

    public static int plannedMinutes(List<AgendaItem> agenda) {
        return agenda.stream().mapToInt(AgendaItem::minutes).sum();
    }
}
