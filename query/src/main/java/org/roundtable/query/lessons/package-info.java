/**
 * The lessons view: lessons learnt, logged by partners, grouped by the phase they were learnt in.
 */
package org.roundtable.query.lessons;
