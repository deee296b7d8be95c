/** A team's board: goals with measurements, ideas, improvement actions, successes and comments. */
package nl.bordspiegel.board;
