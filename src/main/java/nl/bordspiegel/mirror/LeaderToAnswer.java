package nl.bordspiegel.mirror;

import nl.bordspiegel.leadership.Pattern;

/** A leader of one of the teacher's teams, with the teacher's own earlier answers (null if none). */
public record LeaderToAnswer(long leaderId, String name, Pattern recognised, Pattern wished) {
}
