package nl.bordspiegel.shared;

/**
 * Something changed on a team's board or in its session: the one seam for live updates.
 * The owning module publishes its own typed record inside its transaction; listeners get it
 * after commit, so whoever reloads reads the new state. A cross-node broadcaster listens to
 * these same events and relays them.
 */
public interface BoardEvent {

    long teamId();

    /** Who made the change. */
    long byPersonId();
}
