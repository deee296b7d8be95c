package nl.bordspiegel.session;

import nl.bordspiegel.shared.BoardEvent;

/** A team's board session started, moved on, was recorded or closed. */
public record SessionChanged(long teamId, long byPersonId) implements BoardEvent {
}
