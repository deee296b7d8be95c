package nl.bordspiegel.mirror;

import nl.bordspiegel.leadership.Message;

/** One gentle hint for the leader's home page, drawn from their own record; {@code key} names the fact. */
public record Nudge(String key, Message text) {
}
