package nl.bordspiegel.shared;

/**
 * The fixed enumerations of the domain, shared by the board, the history format and the
 * inference. Their names are part of the {@code school-history/1} format: never rename one.
 */
public final class Vocabulary {

    public enum Sector { PO, VO, MBO }

    public enum AttendanceMark { PRESENT, PARTIAL, ABSENT }

    public enum IdeaStatus { NEW, ADOPTED, PARKED, DROPPED }

    public enum ActionStatus {
        OPEN, IN_PROGRESS, DONE, DROPPED;

        /** Open actions carry over from session to session until done or dropped. */
        public boolean isOpen() {
            return this == OPEN || this == IN_PROGRESS;
        }
    }

    public enum CommentKind { QUESTION, IDEA, COMMENT }

    public enum TimeCategory { SESSION_PREP, COACHING, LESSON_VISIT, COACH_MEETING, TRAINING, OTHER }

    public enum TimeFeeling { TOO_LITTLE, RIGHT, TOO_MUCH }

    private Vocabulary() {
    }
}
