/**
 * The framework-free model of a school's recorded history: the {@code school-history/1}
 * file as plain Java records, with no Spring, no JDBC and no I/O. The {@code history} module
 * reads, writes, imports and exports it; the pure inference in {@code leadership} reads it.
 */
package nl.bordspiegel.historymodel;
