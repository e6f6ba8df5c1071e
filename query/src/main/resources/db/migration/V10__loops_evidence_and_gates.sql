-- SPEC section 10: the loop a partnership is in. A partnership that moved from SCALE back to
-- CO_DEVELOP before loops were recorded shows loop 1 here until the partnership view is rebuilt,
-- which replays its moves through Segment.
ALTER TABLE partnership_view ADD COLUMN loop integer NOT NULL DEFAULT 1;
