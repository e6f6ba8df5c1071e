/**
 * Small helpers every view shares: converting the api's values to and from JDBC columns.
 */
package org.roundtable.query.support;
