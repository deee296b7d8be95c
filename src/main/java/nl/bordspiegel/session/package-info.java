/** The weekly board session: agenda, timer, who leads, attendance, review, close, history. */
package nl.bordspiegel.session;
