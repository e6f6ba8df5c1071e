/**
 * The commitments view (SPEC section 6): the history of joins, withdrawals, contract drafts,
 * signatures, the contract coming into force or lapsing, pledges, deliveries and pledge
 * withdrawals; each partner's pledges summed per unit with their fulfilment; and each pledge with
 * its deliveries.
 */
package org.roundtable.query.commitments;
