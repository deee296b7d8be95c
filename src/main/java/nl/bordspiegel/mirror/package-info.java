/**
 * The leader's mirror: the inferred pattern with its evidence, the trend, reflection, a
 * private journal, the self/team view and sharing with a named coach. Private by default:
 * the service refuses everyone but the leader, except a snapshot the leader shared.
 *
 * <p>Owns the tables {@code journal_entry}, {@code self_view}, {@code team_perception},
 * {@code shared_snapshot}, {@code dismissed_nudge}: only this module names them in SQL or maps them.
 * Others ask its services, and a school's export, import and retention reach them through its own
 * parts.
 */
package nl.bordspiegel.mirror;
