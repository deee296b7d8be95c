package nl.bordspiegel.session;

/** What the session screen shows during a step; OTHER is a step the team made up. */
public enum AgendaKind { CHECK_IN, SUCCESSES, GOALS, OPEN_ACTIONS, NEW_ITEMS, CLOSE, OTHER }
