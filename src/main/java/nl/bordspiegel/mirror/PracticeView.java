package nl.bordspiegel.mirror;

/**
 * What the record says about one practice: {@code SHOWN} (the record shows it), {@code LITTLE}
 * (it shows little of it: asked as a question, not named as a gap) or {@code UNSEEN} (the
 * record cannot show it at all; only the leader knows).
 */
public record PracticeView(Practice practice, Seen seen) {

    public enum Seen { SHOWN, LITTLE, UNSEEN }
}
