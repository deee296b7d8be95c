package nl.bordspiegel.session;

import java.util.List;

import nl.bordspiegel.shared.InvalidInputException;

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

    public static final int MIN_MINUTES = 0;
    /** A weekly session is a quarter of an hour; an hour for one step means it is no longer that session. */
    public static final int MAX_MINUTES = 60;
    /** The column {@code agenda_step.title}. */
    public static final int MAX_TITLE = 200;

    public AgendaItem {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw InvalidInputException.at("minutes", "session.agenda.minutesRange", MIN_MINUTES, MAX_MINUTES);
        }
        title = title == null || title.isBlank() ? null : title.strip();
        if (kind == AgendaKind.OTHER && title == null) {
            throw InvalidInputException.at("name", "session.agenda.nameRequired");
        }
        if (title != null && title.length() > MAX_TITLE) {
            throw InvalidInputException.at("name", "session.agenda.nameTooLong", MAX_TITLE);
        }
    }

    public static int plannedMinutes(List<AgendaItem> agenda) {
        return agenda.stream().mapToInt(AgendaItem::minutes).sum();
    }
}
