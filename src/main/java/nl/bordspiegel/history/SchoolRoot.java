package nl.bordspiegel.history;

import java.util.List;

/** The part that owns the schools themselves: it runs first and there is exactly one. */
public interface SchoolRoot extends SchoolPart {

    List<Long> schoolIds();
}
