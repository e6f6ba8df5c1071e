/**
 * What every view shares: converting the api's values to and from JDBC columns, the views' names,
 * the positions each view has reached in each partnership's event stream (which also keep a view
 * from applying an event twice), the partner tables of the counting views, the exact shares and the
 * Gini index of the reports, and the reading of the event stream from the event store itself for
 * the reads that fold it in memory.
 */
package org.roundtable.query.support;
