/**
 * The partnership view: each partnership as it stands now, with its partners and contract, and
 * the paged list of partnerships; and the same view as it stood at an instant, folded from the
 * partnership's events.
 */
package org.roundtable.query.partnership;
