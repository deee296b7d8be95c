package nl.bordspiegel.board;

/** How a goal period ended. */
public enum GoalOutcome { REACHED, NOT_REACHED, STOPPED }
