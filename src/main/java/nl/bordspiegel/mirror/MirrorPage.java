package nl.bordspiegel.mirror;

import java.util.List;

import nl.bordspiegel.leadership.CycleProfile;
import nl.bordspiegel.leadership.LeadershipProfile;
import nl.bordspiegel.leadership.Message;
import nl.bordspiegel.leadership.Window;

/**
 * Everything the mirror shows for one window, computed in one go by the service so the view
 * keeps only this (not the school's history).
 */
public record MirrorPage(WindowChoice choice, Window window, LeadershipProfile profile, List<TeamSessions> teams,
                         List<CycleProfile> trend, List<SignalChange> moved, List<PracticeView> practices,
                         List<Message> prompts) {

    public MirrorPage {
        teams = List.copyOf(teams);
        trend = List.copyOf(trend);
        moved = List.copyOf(moved);
        practices = List.copyOf(practices);
        prompts = List.copyOf(prompts);
    }

    public boolean hasPattern() {
        return profile.status() == LeadershipProfile.Status.OK;
    }

    public int held() {
        return teams.stream().mapToInt(TeamSessions::held).sum();
    }

    public int attended() {
        return teams.stream().mapToInt(TeamSessions::attended).sum();
    }

    public int led() {
        return teams.stream().mapToInt(TeamSessions::led).sum();
    }
}
