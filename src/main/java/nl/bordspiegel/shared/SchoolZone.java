package nl.bordspiegel.shared;

import java.time.Clock;
import java.time.ZoneId;

/** The school's time zone: where "today" and "this week" are counted. */
public final class SchoolZone {

    /** Dutch schools, the product's home; a school elsewhere sets {@code BORDSPIEGEL_ZONE}. */
    static final String DEFAULT_ID = "Europe/Amsterdam";

    private SchoolZone() {
    }

    /**
     * The clock for commands that run without Spring ({@code analyze}): the zone from the
     * environment variable {@code BORDSPIEGEL_ZONE}, or the default.
     */
    public static Clock clockFromEnvironment() {
        String id = System.getenv("BORDSPIEGEL_ZONE");
        return Clock.system(ZoneId.of(id == null || id.isBlank() ? DEFAULT_ID : id));
    }
}
