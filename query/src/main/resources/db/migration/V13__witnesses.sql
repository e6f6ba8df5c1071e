-- SPEC section 11: the witnesses registered for each partnership, which the server reads to accept
-- their cosignatures of its checkpoints. Written by the partnership view; `seq` is the order of
-- registration within the partnership.
CREATE TABLE partnership_witness (
    witness_id     uuid        PRIMARY KEY,
    partnership_id uuid        NOT NULL,
    seq            integer     NOT NULL,
    name           text        NOT NULL,
    verifier_key   text        NOT NULL,
    registered_at  timestamptz NOT NULL,
    UNIQUE (partnership_id, seq)
);
