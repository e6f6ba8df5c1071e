package org.roundtable.api;

/** A partner recorded as attending a meeting, with the sector it had then. */
public record Attendee(PartnerId partnerId, Sector sector) {}
