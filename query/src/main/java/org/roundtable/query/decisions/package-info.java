/**
 * The decisions view: proposals with their electorate, running tally and latest votes, and the
 * log of closed proposals.
 */
package org.roundtable.query.decisions;
