package org.roundtable.query.trends;

import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.roundtable.api.ParticipationFlag;
import org.roundtable.api.queries.FindTrends;
import org.roundtable.api.queries.TrendSegment;
import org.roundtable.api.queries.Trends;
import org.roundtable.query.participation.Participation;
import org.roundtable.query.participation.VoiceCounters;
import org.roundtable.query.powerbalance.DecisionCounters;
import org.roundtable.query.powerbalance.PowerBalance;
import org.roundtable.query.support.ConsistentRead;
import org.roundtable.query.support.SegmentRange;
import org.roundtable.query.support.SegmentSpan;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers the trends from the counters the participation and power-balance views keep per segment: each
 * segment's figures are those views' reports over that segment alone, so a trend costs a read of a few
 * rows per partner and segment however long the history (no event is read). The segments are the
 * participation view's, numbered alike in both views (both fold the same stream by the rule of
 * {@link org.roundtable.api.Segment}); a segment the power-balance view has not reached yet shows no
 * decisions.
 */
@Component
class TrendsQueryHandler {

    private final ConsistentRead reads;
    private final VoiceCounters voices;
    private final DecisionCounters decisions;

    TrendsQueryHandler(NamedParameterJdbcTemplate jdbc) {
        this.reads = ConsistentRead.over(jdbc);
        this.voices = new VoiceCounters(jdbc);
        this.decisions = new DecisionCounters(jdbc);
    }

    @QueryHandler
    Optional<Trends> handle(FindTrends query) {
        return reads.of(() -> {
            if (!voices.knows(query.partnershipId())) {
                return Optional.empty();
            }
            return Optional.of(new Trends(voices.segments(query.partnershipId()).stream()
                    .map(span -> {
                        SegmentRange alone = SegmentRange.only(span.number());
                        return segment(
                                span,
                                voices.over(query.partnershipId(), alone),
                                decisions.over(query.partnershipId(), alone));
                    })
                    .toList()));
        });
    }

    private static TrendSegment segment(SegmentSpan span, Participation voice, PowerBalance power) {
        return new TrendSegment(
                span.segment().loop(),
                span.segment().phase(),
                span.from(),
                span.to(),
                voice.voiceGini(),
                voice.speakingGini(),
                voice.balance(),
                voice.turnout(),
                voice.flagged(ParticipationFlag.SILENT),
                voice.flagged(ParticipationFlag.DOMINANT),
                power.decided(),
                power.adopted(),
                power.agendaGini());
    }
}
