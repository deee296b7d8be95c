package nl.bordspiegel.board;

/** The outcome of going through one open action in a session. */
public enum ActionReview { DONE, NEW_DATE, DROPPED }
