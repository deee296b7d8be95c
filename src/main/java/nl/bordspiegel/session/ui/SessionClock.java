package nl.bordspiegel.session.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

import nl.bordspiegel.session.RunningSession;

/**
 * The session's timer and the current step's countdown. Both count in the browser from
 * the session's start: the server only says when the session started, what its clock
 * reads now (the browser's own clock may differ) and when the step is planned to end, so
 * an open screen costs no round trip a second. When the step's time is up the countdown
 * turns calm orange and says so once, politely, to a screen reader.
 */
final class SessionClock extends Div {

    private final Span total = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span step = new Span();
    private final Span announcement = new Span();

    SessionClock() {
        addClassName("session-clock");
        total.addClassName("session-timer");
        total.setId("session-timer");
        total.getElement().setAttribute("role", "timer");
        step.addClassName("session-step-countdown");
        step.setId("session-step-countdown");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.setId("session-step-signal");
        progress.addClassName("session-progress");
        add(total, progress, step, announcement);
    }

    /** Shows the state now (also without JavaScript) and lets the browser count on. */
    void show(RunningSession session, Clock clock) {
        int planned = session.plannedMinutes();
        int stepEnd = session.plannedEndOfStep(session.currentStep());
        long elapsed = Math.max(0, Duration.between(session.startedAt(), LocalDateTime.now(clock)).getSeconds());
        total.setText(clockText(elapsed) + " / " + clockText(planned * 60L));
        total.setClassName("over", elapsed > planned * 60L);
        long left = stepEnd * 60L - elapsed;
        step.setText(left >= 0 ? getTranslation("session.countdown.left", clockText(left))
                : getTranslation("session.countdown.over", clockText(-left)));
        step.setClassName("over", left < 0);
        progress.setValue(Math.min(1.0, planned == 0 ? 1.0 : elapsed / (planned * 60.0)));
        progress.getElement().setAttribute("aria-label", getTranslation("session.progress"));
        long startedAt = session.startedAt().atZone(clock.getZone()).toInstant().toEpochMilli();
        getElement().executeJs("""
                const clock = this, total = $0, step = $1, bar = $2, signal = $3;
                const start = $4, offset = Date.now() - $5, planned = $6 * 60, stepEnd = $7 * 60;
                const left = $8, over = $9, upText = $10, stepKey = $11;
                const two = n => String(n).padStart(2, '0');
                const text = s => two(Math.floor(s / 60)) + ':' + two(s % 60);
                clearInterval(clock.ticking);
                if (clock.stepKey !== stepKey) { clock.stepKey = stepKey; clock.signalled = false; }
                const tick = () => {
                    if (!clock.isConnected) { clearInterval(clock.ticking); return; }
                    const elapsed = Math.max(0, Math.floor((Date.now() - offset - start) / 1000));
                    total.textContent = text(elapsed) + ' / ' + text(planned);
                    total.classList.toggle('over', elapsed > planned);
                    bar.value = planned === 0 ? 1 : Math.min(1, elapsed / planned);
                    const remaining = stepEnd - elapsed;
                    step.textContent = remaining >= 0 ? left.replace('{0}', text(remaining))
                                                      : over.replace('{0}', text(-remaining));
                    step.classList.toggle('over', remaining < 0);
                    if (remaining < 0 && !clock.signalled) {
                        clock.signalled = true;
                        signal.textContent = upText;
                        clock.classList.add('step-time-up');
                    }
                };
                tick();
                clock.ticking = setInterval(tick, 1000);
                """, total.getElement(), step.getElement(), progress.getElement(), announcement.getElement(),
                // executeJs takes no long: epoch milliseconds fit a double exactly.
                (double) startedAt, (double) clock.millis(), planned, stepEnd,
                getTranslation("session.countdown.left", "{0}"), getTranslation("session.countdown.over", "{0}"),
                getTranslation("session.countdown.up"), session.id() + ":" + session.currentStep());
    }

    static String clockText(long seconds) {
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
