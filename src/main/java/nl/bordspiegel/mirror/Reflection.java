package nl.bordspiegel.mirror;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.Dimension;
import nl.bordspiegel.leadership.DimensionResult;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Settings;
import nl.bordspiegel.leadership.Signals;
import nl.bordspiegel.mirror.PracticeView.Seen;

/**
 * Turns a profile into reflection: which practices the record shows, which prompts the
 * evidence suggests, which signals moved. Questions, never verdicts: nothing here ranks a
 * pattern or calls a number good or bad.
 */
final class Reflection {

    /** Leading two in three attended sessions is a habit: time to ask who else could. */
    static final double LEADS_MOST = 2.0 / 3;
    /** Leading needs a few sessions before it says anything. */
    static final int FEW_SESSIONS = 4;
    /** Around a third of the sessions or less: the presence rule's Facilitator side. */
    static final double RARELY_THERE = 0.35;
    /** Half the actions made for others: the leader decides much of what teams do. */
    static final double MOSTLY_DIRECTIVE = 0.5;
    /** Under one question or idea per two sessions attended is "seldom heard". */
    static final double FEW_QUESTIONS = 0.5;
    /** Seven in ten adopted ideas from teachers: the teams set the agenda. */
    static final double TEACHERS_SET_AGENDA = 0.7;
    /** A trend shows at most this many moved signals, so it stays readable. */
    static final int MOVED_SHOWN = 3;
    /** Changes smaller than this (on a 0..1 scale) are noise, not movement. */
    static final double MOVED_AT_LEAST = 0.10;

    private Reflection() {
    }

    static List<PracticeView> practices(LeadershipProfile profile, int teamsAttended) {
        List<PracticeView> views = new ArrayList<>();
        boolean ok = profile.status() == LeadershipProfile.Status.OK;
        Signals s = profile.signals();
        for (Practice practice : Practice.values()) {
            Seen seen = switch (practice) {
                case BOTTOM_UP -> ok && has(profile, Dimension.MOTIVATING) ? shown(s.bottomUpShare() >= 0.5) : Seen.UNSEEN;
                case INVOLVED -> ok ? shown(s.inquiryPerSession() >= 1) : Seen.UNSEEN;
                case TOP_DOWN -> ok && has(profile, Dimension.RESPONSIBILITY) ? shown(s.directiveShare() >= 0.4) : Seen.UNSEEN;
                case VISION_ORIENTED -> ok ? shown(has(profile, Dimension.VISION)) : Seen.UNSEEN;
                case DEVELOPMENT_ORIENTED -> ok ? shown(s.attendanceRate() >= 0.5 || s.coachUpdates() >= 3) : Seen.UNSEEN;
                case CONNECTING -> ok ? shown(teamsAttended >= 2) : Seen.UNSEEN;
                // Care, removing distractions, enthusiasm, example, students and openness leave
                // no trace on a board: only the leader can answer these.
                case FACILITATING, MOTIVATING, ROLE_MODEL, STUDENT_ORIENTED, TRANSPARENT -> Seen.UNSEEN;
            };
            views.add(new PracticeView(practice, seen));
        }
        return views;
    }

    private static Seen shown(boolean shown) {
        return shown ? Seen.SHOWN : Seen.LITTLE;
    }

    private static boolean has(LeadershipProfile profile, Dimension dimension) {
        return profile.dimensions().stream().anyMatch(d -> d.dimension() == dimension && d.hasEvidence());
    }

    /** Prompts that follow from this leader's own numbers; the study's themes come on top of these. */
    static List<Message> prompts(LeadershipProfile profile, int held, int attended, int led, Settings settings) {
        List<Message> prompts = new ArrayList<>();
        if (profile.status() != LeadershipProfile.Status.OK) {
            prompts.add(message("mirror.prompt.gettingStarted"));
            return prompts;
        }
        Signals s = profile.signals();
        if (attended >= FEW_SESSIONS && led >= LEADS_MOST * attended) {
            prompts.add(message("mirror.prompt.ledMost", led, attended));
        }
        if (held > 0 && attended <= RARELY_THERE * held) {
            prompts.add(message("mirror.prompt.rarelyThere", attended, held));
        }
        if (has(profile, Dimension.RESPONSIBILITY) && s.directiveShare() >= MOSTLY_DIRECTIVE) {
            prompts.add(message("mirror.prompt.directive", Math.round(s.directiveShare() * 100)));
        }
        if (attended >= FEW_SESSIONS && s.inquiryPerSession() < FEW_QUESTIONS) {
            prompts.add(message("mirror.prompt.fewQuestions"));
        }
        if (has(profile, Dimension.MOTIVATING) && s.bottomUpShare() >= TEACHERS_SET_AGENDA) {
            prompts.add(message("mirror.prompt.teacherIdeas"));
        }
        if (s.hoursPerWeek() >= settings.aLotHoursPerWeek()) {
            prompts.add(message("mirror.prompt.muchTime", s.hoursPerWeek()));
        } else if (s.hoursPerWeek() < settings.littleHoursPerWeek()) {
            prompts.add(message("mirror.prompt.littleTime", s.hoursPerWeek()));
        }
        if (has(profile, Dimension.VISION) && s.visionCoCreation() < 0.5) {
            prompts.add(message("mirror.prompt.visionAlone"));
        }
        return prompts;
    }

    /** The signals that changed most between the first and the last cycle with enough data. */
    static List<SignalChange> moved(List<CycleProfile> trend, Settings settings) {
        List<Signals> ok = trend.stream().map(CycleProfile::profile)
                .filter(p -> p.status() == LeadershipProfile.Status.OK).map(LeadershipProfile::signals).toList();
        if (ok.size() < 2) {
            return List.of();
        }
        Signals first = ok.get(0);
        Signals last = ok.get(ok.size() - 1);
        List<Candidate> candidates = List.of(
                new Candidate("attendanceRate", Signals::attendanceRate, 1, true),
                new Candidate("ledShare", Signals::ledShare, 1, true),
                new Candidate("inquiryPerSession", Signals::inquiryPerSession, 2, false),
                new Candidate("directiveShare", Signals::directiveShare, 1, true),
                new Candidate("ownedShare", Signals::ownedShare, 1, true),
                new Candidate("bottomUpShare", Signals::bottomUpShare, 1, true),
                new Candidate("hoursPerWeek", Signals::hoursPerWeek, settings.aLotHoursPerWeek(), false),
                new Candidate("visionCoCreation", Signals::visionCoCreation, 1, true));
        return candidates.stream()
                .filter(c -> c.scaled(first, last) >= MOVED_AT_LEAST)
                .sorted(Comparator.comparingDouble((Candidate c) -> c.scaled(first, last)).reversed())
                .limit(MOVED_SHOWN)
                .map(c -> new SignalChange(c.name(), c.value().applyAsDouble(first), c.value().applyAsDouble(last),
                        c.percentage()))
                .toList();
    }

    /** A signal with the size that counts as "all the way", so shares and hours compare fairly. */
    private record Candidate(String name, ToDoubleFunction<Signals> value, double fullScale, boolean percentage) {
        double scaled(Signals from, Signals to) {
            return Math.min(1, Math.abs(value.applyAsDouble(to) - value.applyAsDouble(from)) / fullScale);
        }
    }

    /** The dimension's best-fitting pattern, for a snapshot; null without evidence. */
    static nl.bordspiegel.leadership.Pattern fitsBest(DimensionResult result) {
        if (!result.hasEvidence()) {
            return null;
        }
        return result.fit().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static Message message(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }
}
