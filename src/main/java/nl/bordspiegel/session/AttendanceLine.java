package nl.bordspiegel.session;

import nl.bordspiegel.shared.Vocabulary.AttendanceMark;

/** One person's attendance at a session; {@code reason} may be null. */
public record AttendanceLine(long personId, String name, boolean leader, AttendanceMark mark, String reason) {
}
