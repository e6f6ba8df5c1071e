package org.roundtable.api.queries;

import java.time.Instant;
import org.roundtable.api.MeetingId;

/** One meeting in a list: what it was and when it was held. */
public record MeetingSummary(MeetingId id, String title, Instant heldAt) {}
