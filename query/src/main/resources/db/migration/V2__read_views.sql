-- Read views of the foundation: partnerships, decisions and lessons.
-- Each view owns the tables carrying its prefix and rebuilds them from the event stream on a
-- replay, so there are no foreign keys between tables: a projection's reset only has to empty
-- its own tables, in any order.
-- `seq` columns keep the order in which the events arrived within one partnership (or one
-- proposal); timestamps can tie, the event order cannot.

-- partnership: the partnership as it stands now, with its members and contract.

CREATE TABLE partnership_view (
    partnership_id       uuid        PRIMARY KEY,
    name                 text        NOT NULL,
    purpose              text        NOT NULL,
    phase                text        NOT NULL,
    decision_method      text        NOT NULL,
    quorum               numeric     NOT NULL,
    require_every_sector boolean     NOT NULL,
    formed_at            timestamptz NOT NULL,
    contract_version     integer,
    contract_status      text        NOT NULL
);

-- The list of partnerships is paged newest first.
CREATE INDEX partnership_view_newest_idx ON partnership_view (formed_at DESC, partnership_id DESC);

CREATE TABLE partnership_partner (
    partnership_id uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    seq            integer     NOT NULL,
    name           text        NOT NULL,
    sector         text        NOT NULL,
    status         text        NOT NULL,
    joined_at      timestamptz NOT NULL,
    withdrawn_at   timestamptz,
    PRIMARY KEY (partnership_id, partner_id)
);

-- Every drafted version is kept; the current one is partnership_view.contract_version.
CREATE TABLE partnership_contract (
    partnership_id uuid        NOT NULL,
    version        integer     NOT NULL,
    terms          text        NOT NULL,
    drafted_at     timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, version)
);

-- Signatures of every version; those of earlier versions are void and simply not shown.
CREATE TABLE partnership_signature (
    partnership_id uuid        NOT NULL,
    version        integer     NOT NULL,
    partner_id     uuid        NOT NULL,
    seq            integer     NOT NULL,
    signatory      text        NOT NULL,
    signed_at      timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, version, partner_id)
);

-- decisions: proposals, their frozen electorates, the latest vote of each partner.

CREATE TABLE decision_partnership (
    partnership_id uuid PRIMARY KEY
);

CREATE TABLE decision_proposal (
    proposal_id    uuid        PRIMARY KEY,
    partnership_id uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    sector         text        NOT NULL,
    kind           text        NOT NULL,
    title          text        NOT NULL,
    text           text        NOT NULL,
    target_phase   text,
    status         text        NOT NULL,
    submitted_at   timestamptz NOT NULL,
    -- The rest is the closing: null while the proposal is open.
    outcome        text,
    tally_agree    integer,
    tally_abstain  integer,
    tally_disagree integer,
    tally_block    integer,
    tally_eligible integer,
    tally_voted    integer,
    closed_at      timestamptz,
    closed_seq     integer
);

CREATE INDEX decision_proposal_partnership_idx ON decision_proposal (partnership_id, closed_seq);

CREATE TABLE decision_elector (
    proposal_id    uuid NOT NULL,
    partner_id     uuid NOT NULL,
    partnership_id uuid NOT NULL,
    sector         text NOT NULL,
    PRIMARY KEY (proposal_id, partner_id)
);

CREATE INDEX decision_elector_partnership_idx ON decision_elector (partnership_id, partner_id);

CREATE TABLE decision_vote (
    proposal_id    uuid        NOT NULL,
    partner_id     uuid        NOT NULL,
    partnership_id uuid        NOT NULL,
    seq            integer     NOT NULL,
    sector         text        NOT NULL,
    choice         text        NOT NULL,
    rationale      text,
    first_cast_at  timestamptz NOT NULL,
    cast_at        timestamptz NOT NULL,
    PRIMARY KEY (proposal_id, partner_id)
);

CREATE INDEX decision_vote_partnership_idx ON decision_vote (partnership_id, partner_id);

-- lessons: lessons learnt, by phase.

CREATE TABLE lesson_partnership (
    partnership_id uuid PRIMARY KEY
);

CREATE TABLE lesson_entry (
    lesson_id      uuid        PRIMARY KEY,
    partnership_id uuid        NOT NULL,
    seq            integer     NOT NULL,
    partner_id     uuid        NOT NULL,
    sector         text        NOT NULL,
    phase          text        NOT NULL,
    title          text        NOT NULL,
    text           text        NOT NULL,
    logged_at      timestamptz NOT NULL
);

CREATE INDEX lesson_entry_partnership_idx ON lesson_entry (partnership_id, seq);
