package org.roundtable.query.powerbalance;

import static org.roundtable.query.support.JdbcValues.name;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.roundtable.api.Outcome;
import org.roundtable.api.PartnerId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.PledgeUnits;
import org.roundtable.api.ProposalId;
import org.roundtable.api.Sector;
import org.roundtable.api.VoteChoice;
import org.roundtable.api.events.PartnerAdmitted;
import org.roundtable.api.events.PartnerWithdrawn;
import org.roundtable.api.events.PartnershipFormed;
import org.roundtable.api.events.PhaseChanged;
import org.roundtable.api.events.PledgeMade;
import org.roundtable.api.events.PledgeWithdrawn;
import org.roundtable.api.events.ProposalClosed;
import org.roundtable.api.events.ProposalSubmitted;
import org.roundtable.api.events.VoteCast;
import org.roundtable.api.events.VoteChanged;
import org.roundtable.query.support.SegmentCounters;
import org.roundtable.query.support.ViewJdbc;
import org.roundtable.query.support.ViewJdbc.HeldWrite;
import org.roundtable.query.support.ViewNames;
import org.roundtable.query.support.ViewPositions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the power-balance tables: each partner's counters over the decided proposals and its net
 * EUR pledged, the ballots of the open proposals that the closing counts, and the SECTOR_OVERRULED
 * findings, recorded at the closing. A decision is filed under the segment it was closed in, with the
 * latest votes on it whenever they were cast; a pledge or its withdrawal under the segment it was
 * recorded in. It counts, so it relies on its processor applying each event once (see {@link ViewPositions#recorder}); a replay after a reset counts from zero again.
 */
@Component
@ProcessingGroup(ViewNames.POWER_BALANCE)
class PowerBalanceProjection {

    /** The prefix of the view's {@link SegmentCounters}. */
    static final String TABLES = "power";
    /** The counter columns of its {@link SegmentCounters}. */
    static final List<String> COUNTERS = List.of(
            "proposals_decided", "proposals_adopted", "overruled", "counted_votes", "aligned_votes", "eur_pledged");

    /** What {@link ViewJdbc#remember} keeps the ballots opened in a batch under: partner to held ballot. */
    private static final String BALLOTS = "ballots opened";
    /** The key of a ballot's row. */
    private static final List<String> BALLOT = List.of("proposal_id", "partner_id");

    private final ViewJdbc jdbc;
    private final SegmentCounters partners;

    PowerBalanceProjection(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = new ViewJdbc(jdbc);
        this.partners = new SegmentCounters(this.jdbc, TABLES, COUNTERS);
    }

    @EventHandler
    void on(PartnershipFormed event, @Timestamp Instant at) {
        partners.form(event, at);
    }

    @EventHandler
    void on(PhaseChanged event, @Timestamp Instant at) {
        partners.changePhase(event, at);
    }

    @EventHandler
    void on(PartnerAdmitted event) {
        partners.admit(event);
    }

    @EventHandler
    void on(PartnerWithdrawn event) {
        partners.withdraw(event);
    }

    /**
     * Opens a ballot for each elector of the frozen electorate, with the sector it has in it. The ballots
     * are held back with the batch, where the votes and the closing of a proposal decided within the same
     * batch find them: such a proposal's ballots never reach the table.
     */
    @EventHandler
    void on(ProposalSubmitted event) {
        Map<UUID, HeldWrite> ballots = new HashMap<>();
        for (MapSqlParameterSource elector : electorRows(event)) {
            ballots.put(
                    (UUID) elector.getValue("partnerId"),
                    jdbc.hold("""
                            INSERT INTO power_ballot (proposal_id, partner_id, partnership_id, sector, choice)
                            VALUES (:proposalId, :partnerId, :partnershipId, :sector, :choice)
                            """, elector.addValue("choice", null, Types.VARCHAR)));
        }
        jdbc.remember(BALLOTS, event.proposalId().value(), ballots);
    }

    @EventHandler
    void on(VoteCast event) {
        mark(event.proposalId(), event.partnerId(), event.choice());
    }

    /** Only the latest vote counts at the closing. */
    @EventHandler
    void on(VoteChanged event) {
        mark(event.proposalId(), event.partnerId(), event.choice());
    }

    /**
     * Counts the decision for its author and each counted vote for its voter, withdrawn or not, and
     * records the sectors it overruled; the ballots are no longer needed.
     */
    @EventHandler
    void on(ProposalClosed event) {
        PartnershipId partnershipId = event.partnershipId();
        Outcome outcome = event.outcome();
        int segment = partners.current(partnershipId);
        List<PartnerId> author = List.of(event.submittedBy());
        partners.add("proposals_decided", 1, partnershipId, segment, author);
        if (outcome == Outcome.ADOPTED) {
            partners.add("proposals_adopted", 1, partnershipId, segment, author);
        }
        MapSqlParameterSource proposal = new MapSqlParameterSource()
                .addValue("proposalId", event.proposalId().value())
                .addValue("partnershipId", partnershipId.value())
                .addValue("segment", segment);
        List<Ballot> ballots = heldBallots(event.proposalId()).orElseGet(() -> storedBallots(proposal));
        for (Ballot ballot : ballots) {
            partners.add(
                    Map.of(
                            "counted_votes", 1,
                            "aligned_votes", ballot.alignedWith(outcome) ? 1 : 0,
                            "overruled", ballot.overruledBy(outcome) ? 1 : 0),
                    partnershipId,
                    segment,
                    ballot.partnerId());
        }
        for (Sector sector : Ballot.sectorsOverruled(outcome, ballots)) {
            jdbc.update("""
                    INSERT INTO power_sector_overruled (partnership_id, seq, proposal_id, sector, segment)
                    SELECT :partnershipId, coalesce(max(seq), 0) + 1, :proposalId, :sector, :segment
                    FROM power_sector_overruled
                    WHERE partnership_id = :partnershipId
                    """, proposal.addValue("sector", name(sector)));
        }
    }

    /**
     * The counted ballots of a proposal submitted in this batch, whose ballots are all still held: taken
     * back, since the closing is their end; empty if any was sent (a read of the view sends what is held).
     */
    private Optional<List<Ballot>> heldBallots(ProposalId proposalId) {
        Optional<Map<UUID, HeldWrite>> held = jdbc.recalled(BALLOTS, proposalId.value());
        if (held.isEmpty() || !held.get().values().stream().allMatch(HeldWrite::isHeld)) {
            return Optional.empty();
        }
        List<Ballot> counted = new ArrayList<>();
        for (HeldWrite ballot : held.get().values()) {
            ballot.withdraw();
            if (ballot.value("choice") != null) {
                counted.add(new Ballot(
                        new PartnerId((UUID) ballot.value("partnerId")),
                        Sector.valueOf((String) ballot.value("sector")),
                        VoteChoice.valueOf((String) ballot.value("choice"))));
            }
        }
        return Optional.of(counted);
    }

    /** The counted ballots of a proposal as stored, deleted: the closing is their end. */
    private List<Ballot> storedBallots(MapSqlParameterSource proposal) {
        List<Ballot> counted = jdbc.query("""
                SELECT partner_id, sector, choice FROM power_ballot
                WHERE proposal_id = :proposalId AND choice IS NOT NULL
                """, proposal, (row, n) -> Ballot.of(row));
        jdbc.update("DELETE FROM power_ballot WHERE proposal_id = :proposalId", proposal);
        return counted;
    }

    @EventHandler
    void on(PledgeMade event) {
        addEur(event.unit(), event.amount(), event.partnershipId(), event.partnerId());
    }

    /** What remained of the pledge is no longer pledged; what was delivered of it stays. */
    @EventHandler
    void on(PledgeWithdrawn event) {
        addEur(event.unit(), event.amount().negate(), event.partnershipId(), event.partnerId());
    }

    @ResetHandler
    void reset() {
        jdbc.execute("DELETE FROM power_sector_overruled");
        jdbc.execute("DELETE FROM power_ballot");
        partners.empty();
    }

    /** Marks the elector's ballot, held or stored. */
    private void mark(ProposalId proposalId, PartnerId partnerId, VoteChoice choice) {
        HeldWrite held = jdbc.<UUID, Map<UUID, HeldWrite>>recalled(BALLOTS, proposalId.value())
                .map(ballots -> ballots.get(partnerId.value()))
                .orElse(null);
        if (held != null && held.change("choice", name(choice))) {
            return;
        }
        jdbc.assign(
                "power_ballot",
                BALLOT,
                Map.of("proposal_id", proposalId.value(), "partner_id", partnerId.value(), "choice", name(choice)));
    }

    /**
     * One row per elector of a proposal's frozen electorate, with the sector it has in it: the parameters
     * {@code proposalId, partnerId, partnershipId, sector} of its ballots.
     */
    private static List<MapSqlParameterSource> electorRows(ProposalSubmitted event) {
        return event.electorate().stream()
                .map(elector -> new MapSqlParameterSource()
                        .addValue("proposalId", event.proposalId().value())
                        .addValue("partnerId", elector.partnerId().value())
                        .addValue("partnershipId", event.partnershipId().value())
                        .addValue("sector", name(elector.sector())))
                .toList();
    }

    private void addEur(String unit, BigDecimal amount, PartnershipId partnershipId, PartnerId partnerId) {
        // The write side stores every casing of EUR as PledgeUnits.EUR: the one unit all partners share.
        if (PledgeUnits.EUR.equals(unit)) {
            partners.add("eur_pledged", amount, partnershipId, List.of(partnerId));
        }
    }
}
