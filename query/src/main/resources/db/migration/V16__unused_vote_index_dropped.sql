-- No query has ever read the decision view's votes by partnership (every read is by proposal, through
-- the primary key), yet each of the 670,000 votes a rebuild of a million events writes also went into
-- this index.
DROP INDEX decision_vote_partnership_idx;
