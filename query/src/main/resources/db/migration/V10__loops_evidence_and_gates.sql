-- SPEC section 10: the loop a partnership is in. A partnership that moved from SCALE back to
-- CO_DEVELOP before loops were recorded shows loop 1 here until the partnership view is rebuilt,
-- which replays its moves through Segment.
ALTER TABLE partnership_view ADD COLUMN loop integer NOT NULL DEFAULT 1;

-- What an INDICATOR proposal defines (null when it defines nothing), and the scaling gate recorded
-- when a PHASE_CHANGE to SCALE closed (gate_met null for every other proposal).
ALTER TABLE decision_proposal
    ADD COLUMN indicator_name     text,
    ADD COLUMN indicator_unit     text,
    ADD COLUMN indicator_baseline numeric,
    ADD COLUMN indicator_target   numeric,
    ADD COLUMN gate_met           boolean;

-- The indicators a proposal cites, as they stood when it was submitted, in the order cited.
CREATE TABLE decision_evidence (
    proposal_id  uuid             NOT NULL,
    position     integer          NOT NULL,
    indicator_id uuid             NOT NULL,
    value        numeric,
    progress     double precision,
    PRIMARY KEY (proposal_id, position)
);

-- The cited indicators' progress at closing, in the order of the gate.
CREATE TABLE decision_gate_indicator (
    proposal_id  uuid             NOT NULL,
    position     integer          NOT NULL,
    indicator_id uuid             NOT NULL,
    progress     double precision,
    PRIMARY KEY (proposal_id, position)
);
