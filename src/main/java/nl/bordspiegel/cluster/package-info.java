/**
 * Running several identical nodes on one PostgreSQL: live board updates relayed between the
 * nodes with LISTEN/NOTIFY. Off on H2 and on a single node, where the in-memory broadcaster
 * is all there is. Owns no table.
 */
package nl.bordspiegel.cluster;
