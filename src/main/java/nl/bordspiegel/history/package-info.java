/** The {@code school-history/1} JSON format: reading and validating it, writing it, and moving its dates. */
package nl.bordspiegel.history;
