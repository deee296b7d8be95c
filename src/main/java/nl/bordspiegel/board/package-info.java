/**
 * A team's board: goals with measurements, ideas, improvement actions, successes and comments.
 *
 * <p>Owns the tables {@code goal}, {@code measurement}, {@code idea}, {@code improvement_action},
 * {@code success}, {@code board_comment}, {@code board_change}: only this module names them in SQL
 * or maps them. Others ask its services, and a school's export, import and retention reach them
 * through its own parts.
 */
package nl.bordspiegel.board;
