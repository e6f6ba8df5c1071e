-- SPEC section 10: the participation and power-balance reports over one (loop, phase) as well as
-- over the whole life, and the trends across them. Each of the two views now files its counters
-- per segment: one row per (partnership, segment, partner) in <view>_count, numbered segments in
-- <view>_segment, and the segment in force in <view>_partnership. The whole-life report sums a
-- partner's rows; a segment's report reads its own. Who was at the table in a segment follows from
-- the segments a partner was admitted and withdrew in (admitted_in, withdrawn_in).
--
-- The counters kept so far cannot be split into segments without the events, so both views are
-- emptied and their processors' tokens and positions removed: on the next start each replays the
-- whole event store (a tracking processor without a token starts at the first event), exactly as a
-- rebuild would.

DROP TABLE participation_partner;
DROP TABLE power_partner;
TRUNCATE participation_partnership, participation_meeting, participation_attendee, participation_contribution,
    power_partnership, power_ballot, power_sector_overruled;
-- The token table is the server's (Axon's); a schema of the views alone, as the query module's
-- own tests migrate, has none.
DO $$
BEGIN
    IF to_regclass('token_entry') IS NOT NULL THEN
        DELETE FROM token_entry WHERE processor_name IN ('participation', 'power-balance');
    END IF;
END
$$;
DELETE FROM view_position WHERE view IN ('participation', 'power-balance');

-- `segment` is the number (from 1) of the segment in force.
ALTER TABLE participation_partnership ADD COLUMN segment integer NOT NULL DEFAULT 1;
ALTER TABLE power_partnership ADD COLUMN segment integer NOT NULL DEFAULT 1;

-- One row a segment the partnership has been in: its number, (loop, phase), and when it began and
-- ended (null while it lasts).
CREATE TABLE participation_segment (
    partnership_id uuid        NOT NULL,
    segment        integer     NOT NULL,
    loop           integer     NOT NULL,
    phase          text        NOT NULL,
    began_at       timestamptz NOT NULL,
    ended_at       timestamptz,
    PRIMARY KEY (partnership_id, segment)
);

CREATE TABLE power_segment (LIKE participation_segment INCLUDING ALL);

-- `seq` is the admission order; a partner is active in the segments from `admitted_in` up to, not
-- including, `withdrawn_in` (null while it is active).
CREATE TABLE participation_partner (
    partnership_id uuid    NOT NULL,
    partner_id     uuid    NOT NULL,
    seq            integer NOT NULL,
    name           text    NOT NULL,
    sector         text    NOT NULL,
    admitted_in    integer NOT NULL,
    withdrawn_in   integer,
    PRIMARY KEY (partnership_id, partner_id)
);

CREATE TABLE power_partner (LIKE participation_partner INCLUDING ALL);

-- Each partner's counters within one segment, as V5 kept them over the whole life.
CREATE TABLE participation_count (
    partnership_id    uuid    NOT NULL,
    segment           integer NOT NULL,
    partner_id        uuid    NOT NULL,
    proposals         integer NOT NULL DEFAULT 0,
    votes_cast        integer NOT NULL DEFAULT 0,
    votes_eligible    integer NOT NULL DEFAULT 0,
    meetings_attended integer NOT NULL DEFAULT 0,
    meetings_held     integer NOT NULL DEFAULT 0,
    contributions     integer NOT NULL DEFAULT 0,
    speaking_seconds  bigint  NOT NULL DEFAULT 0,
    lessons           integer NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, segment, partner_id)
);

CREATE TABLE power_count (
    partnership_id    uuid    NOT NULL,
    segment           integer NOT NULL,
    partner_id        uuid    NOT NULL,
    proposals_decided integer NOT NULL DEFAULT 0,
    proposals_adopted integer NOT NULL DEFAULT 0,
    overruled         integer NOT NULL DEFAULT 0,
    counted_votes     integer NOT NULL DEFAULT 0,
    aligned_votes     integer NOT NULL DEFAULT 0,
    eur_pledged       numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, segment, partner_id)
);

-- The segment each proposal was submitted in: its votes are filed there, so that a segment's
-- turnout is over the proposals submitted in it.
CREATE TABLE participation_proposal (
    proposal_id uuid    PRIMARY KEY,
    segment     integer NOT NULL
);

-- The segment a meeting was recorded in: its attendance is filed there, beside the meeting held.
ALTER TABLE participation_meeting ADD COLUMN segment integer NOT NULL;

-- The segment of the closing that recorded the finding.
ALTER TABLE power_sector_overruled ADD COLUMN segment integer NOT NULL;
