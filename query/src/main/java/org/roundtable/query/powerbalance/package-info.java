/**
 * The power-balance view (SPEC section 5): is someone dominating. Each partner's counters over the
 * decided proposals and its net EUR pledged, the open proposals' ballots that a closing counts, the
 * sectors overruled at each closing, and the report's shares, Gini index and flags reckoned from
 * them when it is read.
 */
package org.roundtable.query.powerbalance;
