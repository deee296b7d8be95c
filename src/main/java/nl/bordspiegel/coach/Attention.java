package nl.bordspiegel.coach;

import java.util.Locale;

import nl.bordspiegel.shared.Messages;

/** Why a team needs a coach's attention, with the number that shows it. */
public record Attention(Reason reason, long amount) {

    /** The reason in the user's words, e.g. "18 days without a session". */
    public String text(Locale locale) {
        return Messages.get(locale, "coach.attention." + reason.name(), amount);
    }

    public enum Reason {
        /** {@code amount}: days since the last held session (or -1 when none was ever held). */
        NO_RECENT_SESSION,
        /** {@code amount}: open actions past their due date. */
        MANY_OVERDUE_ACTIONS,
        /** {@code amount}: weeks of the last six without a held or cancelled session. */
        MISSING_WEEKS
    }
}
