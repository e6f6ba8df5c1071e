/**
 * The indicators view (SPEC section 10): the indicators each partnership adopted, their latest
 * measurement and progress, and the history of their measurements, each filed under the loop and
 * phase in force when it was recorded.
 */
package org.roundtable.query.indicators;
