package nl.bordspiegel.board;

/** A card that can be deleted and, for a while, brought back: goal, idea, success, comment. */
interface Removable {
    long teamId();

    int version();

    Removal removal();

    /** What the change log says about it. */
    String describe();
}
