/**
 * The HTTP API: controllers that map request bodies to commands (sent through the write pipeline) and
 * queries (read through the view reader), one per resource.
 */
package org.roundtable.server.http;
