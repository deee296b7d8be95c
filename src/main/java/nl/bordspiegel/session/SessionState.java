package nl.bordspiegel.session;

/** RUNNING while the session screen is open, CLOSED once recorded, CANCELLED if it did not take place. */
public enum SessionState { RUNNING, CLOSED, CANCELLED }
