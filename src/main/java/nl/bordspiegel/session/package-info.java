/**
 * The weekly board session: agenda, timer, who leads, attendance, review, close, history.
 *
 * <p>Owns the tables {@code board_session}, {@code attendance}, {@code agenda_step}: only this
 * module names them in SQL or maps them. Others ask its services, and a school's export, import
 * and retention reach them through its own parts.
 */
package nl.bordspiegel.session;
