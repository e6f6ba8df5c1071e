/**
 * What every view shares: converting the api's values to and from JDBC columns, the views' names,
 * the positions each view has reached in each partnership's event stream, and the reading of that
 * stream from the event store itself for the reads that fold it in memory.
 */
package org.roundtable.query.support;
