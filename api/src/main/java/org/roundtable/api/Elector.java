package org.roundtable.api;

/** A member of a proposal's electorate, with the sector it had when the proposal was submitted. */
public record Elector(PartnerId partnerId, Sector sector) {}
