/**
 * What the end-to-end tests share: one Spring context on one real PostgreSQL, chosen in one place,
 * and a small HTTP client for the API.
 */
package org.roundtable.server.support;
