/** What every feature may use and which depends on nothing else: roles and the domain's fixed vocabulary. */
package nl.bordspiegel.shared;
