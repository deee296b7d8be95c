package nl.bordspiegel.leadership;

/**
 * The six dimensions on which the patterns differ, with the spec's weights: presence and
 * time are the most directly recorded behaviour, vision the least often recorded.
 */
public enum Dimension {
    PRESENCE(0.25),
    TIME_INVESTMENT(0.20),
    RESPONSIBILITY(0.15),
    DEVELOPMENT(0.15),
    MOTIVATING(0.15),
    VISION(0.10);

    private final double weight;

    Dimension(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** The i18n key of the dimension's name. */
    public String messageKey() {
        return "leadership.dimension." + name();
    }
}
