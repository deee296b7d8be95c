/**
 * The leader's mirror: the inferred pattern with its evidence, the trend, reflection, a
 * private journal, the self/team view and sharing with a named coach. Private by default:
 * the service refuses everyone but the leader, except a snapshot the leader shared.
 */
package nl.bordspiegel.mirror;
