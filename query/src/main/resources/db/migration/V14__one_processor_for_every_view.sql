-- Every view is now fed by one event processor, `views`, which reads, deserialises and applies each
-- event once for all of them, instead of one processor per view each reading the whole store. The
-- old processors' tokens and positions mean nothing to it, and the views were built by them at
-- positions that differ from view to view: every view is emptied and the old tokens and positions
-- removed, so on its next start the server replays the whole event store into every view once,
-- exactly as a rebuild would.

TRUNCATE access_role,
    commitment_delivery, commitment_entry, commitment_partner, commitment_partnership, commitment_pledge,
    commitment_unit,
    decision_elector, decision_evidence, decision_gate_indicator, decision_partnership, decision_proposal,
    decision_vote,
    indicator_definition, indicator_measurement, indicator_partnership,
    lesson_entry, lesson_partnership,
    participation_attendee, participation_contribution, participation_count, participation_meeting,
    participation_partner, participation_partnership, participation_proposal, participation_segment,
    partnership_contract, partnership_partner, partnership_signature, partnership_view, partnership_witness,
    power_ballot, power_count, power_partner, power_partnership, power_sector_overruled, power_segment,
    view_position;
-- The token table is the server's (Axon's); a schema of the views alone, as the query module's own
-- tests migrate, has none.
DO $$
BEGIN
    IF to_regclass('token_entry') IS NOT NULL THEN
        DELETE FROM token_entry
        WHERE processor_name IN ('access', 'partnership', 'decisions', 'lessons', 'participation',
                                 'power-balance', 'commitments', 'indicators');
    END IF;
END
$$;
