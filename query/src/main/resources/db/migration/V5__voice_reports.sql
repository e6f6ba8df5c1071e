-- Read views of the voice reports: participation, power balance and commitments (SPEC 4-6).
-- As in V2, each view owns the tables carrying its prefix, without foreign keys, and a reset
-- empties only its own tables.
-- Unlike V2's views, these keep counters, which a re-delivered event would count twice: every
-- view applies each event of a partnership at most once, because its processor skips an event at
-- or below the view's position (view_position, V3) for that partnership. A report reads rows
-- whose number grows with the partners (and, for the history, with the commitment acts), never
-- the events themselves.
-- Figures derived from the counters (shares, Gini indices, flags) are not stored: they are
-- computed when a report is read. Amounts are numeric, as exact as the events carry them.

-- participation: each partner's voice, and the meetings whose attendance and speaking it counts.

CREATE TABLE participation_partnership (
    partnership_id uuid PRIMARY KEY
);

-- `seq` is the admission order. `meetings_held` counts the meetings recorded while the partner
-- was active; `votes_cast` counts first votes only, so a changed vote counts once.
CREATE TABLE participation_partner (
    partnership_id    uuid    NOT NULL,
    partner_id        uuid    NOT NULL,
    seq               integer NOT NULL,
    name              text    NOT NULL,
    sector            text    NOT NULL,
    status            text    NOT NULL,
    proposals         integer NOT NULL DEFAULT 0,
    votes_cast        integer NOT NULL DEFAULT 0,
    votes_eligible    integer NOT NULL DEFAULT 0,
    meetings_attended integer NOT NULL DEFAULT 0,
    meetings_held     integer NOT NULL DEFAULT 0,
    contributions     integer NOT NULL DEFAULT 0,
    speaking_seconds  bigint  NOT NULL DEFAULT 0,
    lessons           integer NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, partner_id)
);

CREATE TABLE participation_meeting (
    meeting_id     uuid        PRIMARY KEY,
    partnership_id uuid        NOT NULL,
    title          text        NOT NULL,
    held_at        timestamptz NOT NULL,
    recorded_at    timestamptz NOT NULL
);

-- `seq` is the order in which attendance was recorded, within the meeting.
CREATE TABLE participation_attendee (
    meeting_id uuid    NOT NULL,
    partner_id uuid    NOT NULL,
    seq        integer NOT NULL,
    PRIMARY KEY (meeting_id, partner_id)
);

CREATE TABLE participation_contribution (
    meeting_id  uuid        NOT NULL,
    seq         integer     NOT NULL,
    partner_id  uuid        NOT NULL,
    seconds     integer     NOT NULL,
    topic       text,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);

-- power-balance: each partner's weight in the decided proposals and in the EUR pledged.

CREATE TABLE power_partnership (
    partnership_id uuid PRIMARY KEY
);

-- Counters over decided (closed, whatever the outcome) proposals. `counted_votes` are the latest
-- votes of the partner on them, `aligned_votes` those whose direction matched the outcome.
-- `eur_pledged` is net: EUR pledged minus EUR withdrawn (deliveries do not change it).
CREATE TABLE power_partner (
    partnership_id    uuid    NOT NULL,
    partner_id        uuid    NOT NULL,
    seq               integer NOT NULL,
    name              text    NOT NULL,
    sector            text    NOT NULL,
    status            text    NOT NULL,
    proposals_decided integer NOT NULL DEFAULT 0,
    proposals_adopted integer NOT NULL DEFAULT 0,
    overruled         integer NOT NULL DEFAULT 0,
    counted_votes     integer NOT NULL DEFAULT 0,
    aligned_votes     integer NOT NULL DEFAULT 0,
    eur_pledged       numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, partner_id)
);

-- One row per elector of each open proposal, with its sector in the electorate and its latest
-- vote (null before it votes): what the closing counts. Deleted once the proposal is closed.
CREATE TABLE power_ballot (
    proposal_id    uuid NOT NULL,
    partner_id     uuid NOT NULL,
    partnership_id uuid NOT NULL,
    sector         text NOT NULL,
    choice         text,
    PRIMARY KEY (proposal_id, partner_id)
);

-- The SECTOR_OVERRULED findings, recorded when the proposal was closed; they stay on record
-- whoever withdraws later. `seq` is the order of decision (sectors of one proposal in enum order).
CREATE TABLE power_sector_overruled (
    partnership_id uuid    NOT NULL,
    seq            integer NOT NULL,
    proposal_id    uuid    NOT NULL,
    sector         text    NOT NULL,
    PRIMARY KEY (partnership_id, seq)
);

-- commitments: the history of commitment acts, the figures per partner and unit, the pledges.

CREATE TABLE commitment_partnership (
    partnership_id uuid PRIMARY KEY
);

-- `seq` is the admission order.
CREATE TABLE commitment_partner (
    partnership_id uuid    NOT NULL,
    partner_id     uuid    NOT NULL,
    seq            integer NOT NULL,
    name           text    NOT NULL,
    sector         text    NOT NULL,
    status         text    NOT NULL,
    PRIMARY KEY (partnership_id, partner_id)
);

-- One row per commitment act; `sequence` is the event's place in the partnership's stream (from 1)
-- and `type` its stable name. Columns an act does not have are null.
CREATE TABLE commitment_entry (
    partnership_id uuid        NOT NULL,
    sequence       bigint      NOT NULL,
    type           text        NOT NULL,
    at             timestamptz NOT NULL,
    partner_id     uuid,
    version        integer,
    pledge_id      uuid,
    amount         numeric,
    unit           text,
    PRIMARY KEY (partnership_id, sequence)
);

-- A partner's pledges summed per unit; `first_sequence` (the stream sequence of its first pledge
-- in the unit) orders its units.
CREATE TABLE commitment_unit (
    partnership_id uuid    NOT NULL,
    partner_id     uuid    NOT NULL,
    unit           text    NOT NULL,
    first_sequence bigint  NOT NULL,
    pledged        numeric NOT NULL DEFAULT 0,
    delivered      numeric NOT NULL DEFAULT 0,
    withdrawn      numeric NOT NULL DEFAULT 0,
    PRIMARY KEY (partnership_id, partner_id, unit)
);

CREATE TABLE commitment_pledge (
    pledge_id      uuid        PRIMARY KEY,
    partnership_id uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    kind           text        NOT NULL,
    amount         numeric     NOT NULL,
    unit           text        NOT NULL,
    description    text,
    delivered      numeric     NOT NULL DEFAULT 0,
    withdrawn      numeric     NOT NULL DEFAULT 0,
    pledged_at     timestamptz NOT NULL
);

-- `seq` is the order of the deliveries, within the pledge.
CREATE TABLE commitment_delivery (
    pledge_id    uuid        NOT NULL,
    seq          integer     NOT NULL,
    amount       numeric     NOT NULL,
    note         text,
    delivered_at timestamptz NOT NULL,
    PRIMARY KEY (pledge_id, seq)
);
