/**
 * The {@code school-history/1} format: read and validate it, write it, and move it into
 * and out of the database. The demo school comes in this way too.
 */
package nl.bordspiegel.history;
