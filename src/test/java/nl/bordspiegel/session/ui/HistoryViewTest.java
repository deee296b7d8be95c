package nl.bordspiegel.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import nl.bordspiegel.DemoLogins;
import nl.bordspiegel.KaribuTest;
import nl.bordspiegel.school.SchoolDirectory;
import nl.bordspiegel.session.HistoryWeek;
import nl.bordspiegel.FixedTime;
import org.springframework.context.ApplicationContext;

class HistoryViewTest extends KaribuTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    SchoolDirectory directory;

    @Test
    void pastWeeksWithoutARecordStandOutButThisWeekIsNotAGapYet() {
        loginAs(DemoLogins.COACH);
        // Groep 7-8 of the demo school skipped two weeks without recording anything.
        long team = directory.visibleTeams().stream().filter(t -> t.name().equals("Groep 7-8")).findFirst()
                .orElseThrow().id();
        UI.getCurrent().navigate("bord/" + team + "/geschiedenis");

        @SuppressWarnings("unchecked")
        Grid<HistoryWeek> grid = _get(Grid.class);
        List<HistoryWeek> weeks = GridKt._fetch(grid, 0, 40);
        LocalDate thisMonday = FixedTime.today(context).with(java.time.DayOfWeek.MONDAY);
        int pastGaps = 0;
        for (int row = 0; row < weeks.size(); row++) {
            HistoryWeek week = weeks.get(row);
            if (!week.withoutRecord()) {
                continue;
            }
            String shown = ((Span) GridKt._getCellComponent(grid, row, "what")).getText();
            if (week.monday().equals(thisMonday)) {
                assertThat(shown).isEqualTo("Deze week nog geen sessie");
            } else {
                assertThat(shown).isEqualTo("Geen sessie geregistreerd");
                pastGaps++;
            }
        }
        assertThat(pastGaps).isEqualTo(2);
    }
}
