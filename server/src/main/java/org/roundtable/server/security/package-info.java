/**
 * Authentication: HTTP Basic for the users declared in {@code roundtable.security.users} (or one
 * generated admin), bearer tokens of an OIDC provider when one is configured, the pages' login form
 * and their login through the provider when a client registration is configured, and the problem
 * bodies of a missing login (401) or a missing global role (403). What a user may do within a
 * partnership is not decided here but by the partnership itself, from its appointments.
 */
package org.roundtable.server.security;
