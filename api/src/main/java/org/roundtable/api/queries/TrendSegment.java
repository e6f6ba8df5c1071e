package org.roundtable.api.queries;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.roundtable.api.Phase;

/**
 * The participation and power-balance figures of one (loop, phase), over its own acts and the partners
 * active at its end (SPEC section 10); {@code to} is null for the segment the partnership is in.
 */
public record TrendSegment(
        int loop,
        Phase phase,
        Instant from,
        @Nullable Instant to,
        double voiceGini,
        double speakingGini,
        double balance,
        double turnout,
        int silent,
        int dominant,
        int decided,
        int adopted,
        double agendaGini) {}
