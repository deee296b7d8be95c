/** The domain's shared vocabulary and small helpers every feature may use; depends on no feature. */
package nl.bordspiegel.shared;
