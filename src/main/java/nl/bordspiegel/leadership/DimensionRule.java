package nl.bordspiegel.leadership;

/** Turns what was observed into one dimension's fit per pattern, or no evidence. */
interface DimensionRule {

    DimensionResult assess(Observations seen);
}
