package nl.bordspiegel.history;

import java.util.List;
import java.util.Map;

/** The part that owns the schools themselves: it runs first and there is exactly one. */
public interface SchoolRoot extends SchoolPart {

    List<Long> schoolIds();

    /** Marks the demo school: its published password works there and nowhere else. */
    void markAsDemo(long schoolId);

    /** The active people of a school by their login e-mail. */
    Map<String, Long> personIdsByEmail(long schoolId);
}
