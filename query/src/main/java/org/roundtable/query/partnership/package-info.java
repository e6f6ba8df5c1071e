/**
 * The partnership view: each partnership as it stands now, with its partners and contract, and
 * the paged list of partnerships.
 */
package org.roundtable.query.partnership;
