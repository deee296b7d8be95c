/**
 * A number per school that grows with every change of its board, session or time record and
 * with every admin's change of its people, roles, teams or settings, so
 * that what is computed from that record (a leader's mirror, the home page's nudge) can be
 * kept until the record changes, on every node alike: the number lives in the database.
 *
 * <p>Owns the tables {@code data_version}: only this module names them in SQL or maps them.
 */
package nl.bordspiegel.dataversion;
