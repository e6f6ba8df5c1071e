/**
 * The HTTP plumbing under the API: the JSON every request is read with, the limits and filters that refuse
 * a request before it reaches a controller, and the one advice that turns every failure into an RFC 9457
 * problem.
 */
package org.roundtable.server.web;
