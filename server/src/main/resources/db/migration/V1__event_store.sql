-- The event store and token store of Axon's JDBC storage engine, as Axon's PostgresEventTableFactory
-- and PostgresTokenTableFactory would create them, in the snake_case names declared by the
-- EventSchema and TokenSchema beans (org.roundtable.server.axon.EventStoreSchemaConfiguration).

-- Every event, in the order it was stored. The engine leaves global_index out of its INSERT, so
-- the column takes its value from the BIGSERIAL sequence. Timestamps are ISO-8601 strings.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (global_index),
    -- one event per position of an aggregate's stream: the optimistic lock of concurrent writers
    UNIQUE (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

-- The latest snapshots of aggregates, so that loading one reads a snapshot and the events after it.
CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

-- How far each segment of each event processor has read the event store, and which node owns it.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
