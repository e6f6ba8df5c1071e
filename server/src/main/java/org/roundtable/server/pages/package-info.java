/**
 * The web pages: what coordinators, the forum's chair, auditors and representatives see and do in a browser.
 * Each page reads the same query side as the API and acts through the same write pipeline, so a figure is
 * computed once and a refusal is the same refusal; they only differ in showing it in plain words.
 */
package org.roundtable.server.pages;
