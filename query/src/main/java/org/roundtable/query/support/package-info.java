/**
 * What every view shares: converting the api's values to and from JDBC columns, the views' names,
 * and the positions each view has reached in each partnership's event stream.
 */
package org.roundtable.query.support;
