package nl.bordspiegel.leadership;

/** One point of the trend: the profile of one cycle. */
public record CycleProfile(Window cycle, LeadershipProfile profile) {
}
