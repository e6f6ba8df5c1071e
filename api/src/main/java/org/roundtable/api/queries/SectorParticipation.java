package org.roundtable.api.queries;

import org.roundtable.api.Sector;

/** The voice of one sector with at least one active partner, against its share of the members. */
public record SectorParticipation(
        Sector sector, int members, double memberShare, double voiceShare, double representation, double turnout) {}
