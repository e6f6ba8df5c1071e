/**
 * The access view: the roles each user holds in each partnership, from the appointment events,
 * which tell the server who may read a partnership and which partnerships a user's list shows.
 */
package org.roundtable.query.access;
