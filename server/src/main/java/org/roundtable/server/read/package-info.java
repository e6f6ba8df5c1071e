/**
 * How the HTTP API reads the query side: who may read a partnership, and a read that waits for its view
 * to show a given write ({@code minSequence}).
 */
package org.roundtable.server.read;
