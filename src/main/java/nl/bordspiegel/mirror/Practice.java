package nl.bordspiegel.mirror;

/** The study's eleven leadership practices, most to least mentioned by the leaders interviewed. */
public enum Practice {
    BOTTOM_UP, INVOLVED, FACILITATING, TOP_DOWN, MOTIVATING, VISION_ORIENTED, DEVELOPMENT_ORIENTED,
    ROLE_MODEL, STUDENT_ORIENTED, TRANSPARENT, CONNECTING;

    public String nameKey() {
        return "mirror.practice." + name() + ".name";
    }

    public String lineKey() {
        return "mirror.practice." + name() + ".line";
    }

    public String questionKey() {
        return "mirror.practice." + name() + ".question";
    }
}
