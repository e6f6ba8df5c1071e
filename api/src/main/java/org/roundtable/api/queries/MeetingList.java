package org.roundtable.api.queries;

import java.util.List;

/** A partnership's meetings, the latest held first. */
public record MeetingList(List<MeetingSummary> meetings) {}
