package org.roundtable.query.participation;

import java.util.List;
import java.util.Optional;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.Segment;
import org.roundtable.query.support.SegmentCounters;
import org.roundtable.query.support.SegmentRange;
import org.roundtable.query.support.SegmentSpan;
import org.roundtable.query.support.ViewJdbc;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the participation view's counters into a {@link Participation}, over a partnership's whole life
 * or one segment, for the participation report and the trends. Callers read inside one consistent
 * transaction.
 */
public final class VoiceCounters {

    private final SegmentCounters partners;

    public VoiceCounters(NamedParameterJdbcTemplate jdbc) {
        this.partners = new SegmentCounters(
                new ViewJdbc(jdbc), ParticipationProjection.TABLES, ParticipationProjection.COUNTERS);
    }

    /** Over the whole life for {@code segment} null; empty for an unknown partnership or a segment it has not been in. */
    public Optional<Participation> over(PartnershipId partnershipId, Segment segment) {
        if (segment == null) {
            return wholeLife(partnershipId);
        }
        return partners.range(partnershipId, segment).map(range -> over(partnershipId, range));
    }

    /** Over the whole life, in one statement: one snapshot, which needs no transaction. */
    public Optional<Participation> wholeLife(PartnershipId partnershipId) {
        return partners.wholeLife(partnershipId, (row, n) -> PartnerVoice.of(row))
                .map(Participation::new);
    }

    /** Over the segments of {@code range}, which the caller knows the partnership has been in. */
    public Participation over(PartnershipId partnershipId, SegmentRange range) {
        return new Participation(partners.partners(partnershipId, range, (row, n) -> PartnerVoice.of(row)));
    }

    /** Whether the view has seen the partnership formed: a list of an unknown one is none, not an empty one. */
    public boolean knows(PartnershipId partnershipId) {
        return partners.range(partnershipId, null).isPresent();
    }

    /** The segments the view has seen the partnership in, oldest first. */
    public List<SegmentSpan> segments(PartnershipId partnershipId) {
        return partners.segments(partnershipId);
    }
}
