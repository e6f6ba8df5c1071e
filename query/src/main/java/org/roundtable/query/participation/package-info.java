/**
 * The participation view (SPEC section 4): is every voice heard on equal terms. Each partner's
 * counters of proposals, votes, meetings, speaking turns and lessons, the meetings themselves, and
 * the report's shares, Gini indices and flags reckoned from the counters when it is read.
 */
package org.roundtable.query.participation;
