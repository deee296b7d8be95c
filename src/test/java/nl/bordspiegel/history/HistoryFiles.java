package nl.bordspiegel.history;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import nl.bordspiegel.historymodel.SchoolHistory;

/** Small {@code school-history/1} inputs shared by the tests. */
final class HistoryFiles {

    /** Every section and every field of the format, optional ones both given and left out. */
    static final String COMPLETE = """
            {
              "format": "school-history/1",
              "school": { "name": "OBS De Linde", "sector": "PO" },
              "people": [
                { "key": "p1", "name": "Anna de Vries", "email": "anna@linde.example", "roles": ["TEACHER"] },
                { "key": "p2", "name": "Daan Visser", "email": "daan@linde.example", "roles": ["TEACHER"] },
                { "key": "l1", "name": "Bram Jansen", "email": "bram@linde.example", "roles": ["LEADER", "COACH"] },
                { "key": "c1", "name": "Carla Smit", "email": "carla@linde.example", "roles": ["TEACHER", "COACH"] }
              ],
              "teams": [
                { "key": "t1", "name": "Groep 1-2", "members": ["p1", "p2"], "leaders": ["l1"], "coaches": ["c1"] },
                { "key": "t2", "name": "Groep 3-4", "members": ["p2"], "leaders": [], "coaches": [] }
              ],
              "goals": [
                { "key": "g1", "team": "t1", "title": "Meer leesplezier", "measure": "% leerlingen dat dagelijks leest",
                  "target": 80,
                  "measurements": [ { "date": "2026-09-14", "value": 55 }, { "date": "2026-09-21", "value": 61.5 } ] },
                { "key": "g2", "team": "t2", "title": "Rustige overgangen", "measure": "rustige overgangen per dag" }
              ],
              "sessions": [
                { "team": "t1", "date": "2026-09-07", "durationMinutes": 15, "ledBy": "l1", "cancelled": false,
                  "attendance": { "p1": "PRESENT", "p2": "ABSENT", "l1": "PARTIAL" } },
                { "team": "t1", "date": "2026-09-14", "cancelled": true, "cancelReason": "Studiedag" },
                { "team": "t2", "date": "2026-09-10", "durationMinutes": 20, "ledBy": "p2",
                  "attendance": { "p2": "PRESENT" } }
              ],
              "ideas": [
                { "key": "i1", "team": "t1", "author": "p1", "date": "2026-09-07", "text": "Leeshoek opknappen",
                  "status": "ADOPTED" },
                { "key": "i2", "team": "t1", "author": "p2", "date": "2026-09-07", "text": "Voorleeswedstrijd",
                  "status": "PARKED" }
              ],
              "actions": [
                { "team": "t1", "title": "Boeken uitzoeken", "owner": "p1", "createdBy": "l1", "fromIdea": "i1",
                  "created": "2026-09-07", "due": "2026-09-21", "status": "DONE", "closed": "2026-09-18" },
                { "team": "t1", "title": "Ouders informeren", "createdBy": "p2", "created": "2026-09-08",
                  "status": "OPEN" }
              ],
              "comments": [
                { "team": "t1", "author": "l1", "date": "2026-09-07", "kind": "QUESTION", "text": "Wie helpt mee?" }
              ],
              "successes": [ { "team": "t1", "author": "p1", "date": "2026-09-07", "text": "De leeshoek is klaar" } ],
              "visionItems": [
                { "title": "Elke leerling leest met plezier", "author": "l1", "coAuthors": ["p1"], "date": "2026-08-30" },
                { "title": "Samen leren", "author": "l1", "date": "2026-08-31" }
              ],
              "timeEntries": [ { "person": "l1", "date": "2026-09-08", "minutes": 60, "category": "COACHING" } ],
              "coachUpdates": [
                { "author": "c1", "to": ["l1"], "date": "2026-09-10", "text": "Groep 1-2 loopt goed", "team": "t1" },
                { "author": "c1", "to": ["l1"], "date": "2026-09-11", "text": "Schoolbreed: studiedag gepland" }
              ],
              "checkIns": [ { "person": "l1", "date": "2026-09-30", "timeFeeling": "TOO_MUCH" } ]
            }
            """;

    private HistoryFiles() {
    }

    /** A valid school with teacher p1, leader l1 and team t1, followed by the given sections. */
    static String schoolWith(String sections) {
        return """
                {
                  "format": "school-history/1",
                  "school": { "name": "OBS De Linde", "sector": "PO" },
                  "people": [
                    { "key": "p1", "name": "Anna de Vries", "email": "anna@linde.example", "roles": ["TEACHER"] },
                    { "key": "l1", "name": "Bram Jansen", "email": "bram@linde.example", "roles": ["LEADER"] }
                  ],
                  "teams": [ { "key": "t1", "name": "Groep 1-2", "members": ["p1"], "leaders": ["l1"], "coaches": [] } ]
                  %s
                }
                """.formatted(sections.isBlank() ? "" : ", " + sections);
    }

    static SchoolHistory read(String json) {
        try {
            return HistoryReader.read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
