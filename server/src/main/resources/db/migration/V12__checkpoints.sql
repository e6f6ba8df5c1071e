-- SPEC section 11: each partnership's events as an RFC 9162 Merkle tree, the checkpoints the server
-- signed over it and the witnesses' cosignatures of them.
--
-- The tree is derived from the events' stored hashes and kept here so that a proof reads O(log n) rows
-- instead of the whole stream: `merkle_node` holds the hash of every complete, aligned subtree
-- [index × 2^level, (index + 1) × 2^level) of the leaves stored so far (level 0: the leaf hashes), and
-- `merkle_tree` how many leaves it covers. It is brought up to date when a checkpoint or a proof is
-- asked for, never on the write path of an act.
CREATE TABLE merkle_tree (
    partnership_id uuid   PRIMARY KEY,
    size           bigint NOT NULL
);

CREATE TABLE merkle_node (
    partnership_id uuid     NOT NULL,
    level          smallint NOT NULL,
    index          bigint   NOT NULL,
    hash           bytea    NOT NULL,
    PRIMARY KEY (partnership_id, level, index)
);

-- Every checkpoint the server signed: a cosignature is accepted only over the body of one of these.
-- `note` is the whole signed note as served (body, blank line, the server's signature line). The root
-- is part of the key: a history rewritten in the database has another root at the same size, and the
-- server signs what it holds; the two checkpoints are what a witness compares.
CREATE TABLE checkpoint (
    partnership_id uuid        NOT NULL,
    size           bigint      NOT NULL,
    root           bytea       NOT NULL,
    key_name       text        NOT NULL,
    note           text        NOT NULL,
    issued_at      timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, size, root, key_name)
);

-- A registered witness's signature line over the body of an issued checkpoint: its size and root.
CREATE TABLE checkpoint_cosignature (
    partnership_id uuid        NOT NULL,
    size           bigint      NOT NULL,
    root           bytea       NOT NULL,
    witness_id     uuid        NOT NULL,
    signature      text        NOT NULL,
    received_at    timestamptz NOT NULL,
    PRIMARY KEY (partnership_id, size, root, witness_id)
);
