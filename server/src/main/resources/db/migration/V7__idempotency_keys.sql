-- idempotency_key: the first successful answer to each write a client sent with an Idempotency-Key,
-- so that the same request sent again (after a timeout, a 503, a lost connection) answers the same
-- and records nothing more. A row is written in the transaction that stores the write's events, so
-- a key is remembered exactly when its write happened. Keys are per user, and kept for the
-- retention the server is configured with (24 hours by default); older rows are deleted.

CREATE TABLE idempotency_key (
    user_name   text        NOT NULL,
    key         text        NOT NULL,
    -- SHA-256 (hex) of the request's method, path and body: the same key with another request is refused
    fingerprint text        NOT NULL,
    created_at  timestamptz NOT NULL,
    -- the answer: its status, Location and Roundtable-Sequence headers, and JSON body (null for none)
    status      smallint    NOT NULL,
    location    text,
    sequence    bigint      NOT NULL,
    body        bytea,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (user_name, key)
);

-- The hourly purge of expired keys.
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
