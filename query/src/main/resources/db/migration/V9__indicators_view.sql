-- SPEC section 10: the indicators a partnership adopted and their measurements.

-- Every partnership the view has seen, with the segment (loop, phase) in force now: what each
-- measurement is filed under when it is recorded, and how the view tells a partnership without
-- indicators from none at all.
CREATE TABLE indicator_partnership (
    partnership_id uuid    PRIMARY KEY,
    loop           integer NOT NULL,
    phase          text    NOT NULL
);

-- An adopted indicator; adopted_seq (the stream sequence of IndicatorAdopted) orders them, and
-- latest_* is its LatestMeasurement, kept as each measurement arrives (null until the first).
CREATE TABLE indicator_definition (
    indicator_id       uuid        PRIMARY KEY,
    partnership_id     uuid        NOT NULL,
    adopted_seq        bigint      NOT NULL,
    name               text        NOT NULL,
    unit               text        NOT NULL,
    baseline           numeric     NOT NULL,
    target             numeric     NOT NULL,
    adopted_at         timestamptz NOT NULL,
    latest_value       numeric,
    latest_observed_at timestamptz,
    latest_partner_id  uuid
);

CREATE INDEX indicator_definition_by_partnership ON indicator_definition (partnership_id, adopted_seq);

-- seq is the measurement's stream sequence: the order it was recorded in.
CREATE TABLE indicator_measurement (
    measurement_id uuid        PRIMARY KEY,
    indicator_id   uuid        NOT NULL,
    partnership_id uuid        NOT NULL,
    seq            bigint      NOT NULL,
    partner_id     uuid        NOT NULL,
    value          numeric     NOT NULL,
    observed_at    timestamptz NOT NULL,
    source         text,
    loop           integer     NOT NULL,
    phase          text        NOT NULL,
    recorded_at    timestamptz NOT NULL
);

CREATE INDEX indicator_measurement_history ON indicator_measurement (indicator_id, observed_at, seq);
