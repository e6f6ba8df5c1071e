/**
 * Who is acting: the one place that names the authenticated user behind a request, recorded as the
 * {@code actor} of every command and event.
 */
package org.roundtable.server.actor;
