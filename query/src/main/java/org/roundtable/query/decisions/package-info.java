/**
 * The decisions view: proposals with their electorate, running tally and latest votes, and the
 * log of closed proposals; and the trail of a proposal, every event of it with the tally after it,
 * folded from the partnership's events.
 */
package org.roundtable.query.decisions;
