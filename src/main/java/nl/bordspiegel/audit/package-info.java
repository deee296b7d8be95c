/** The audit log: who changed roles, imported, exported, deleted or shared, readable by the school's admins. */
package nl.bordspiegel.audit;
