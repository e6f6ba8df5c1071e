-- How far each view has read each partnership's event stream: the highest stream sequence
-- (1-based, the count of the partnership's events) whose event the view has applied. It is written
-- in the same transaction as the view's own rows, so a reader who sees a position also sees every
-- change up to it; that lets a client read its own writes (GET ...?minSequence=n).
-- `view` is the name of the view's processing group; a view's reset deletes its rows.
CREATE TABLE view_position (
    view           text   NOT NULL,
    partnership_id uuid   NOT NULL,
    sequence       bigint NOT NULL,
    PRIMARY KEY (view, partnership_id)
);
