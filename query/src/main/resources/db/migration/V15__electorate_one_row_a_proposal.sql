-- A proposal's frozen electorate is read whole (who may vote on it, for its running tally), never one
-- elector at a time: one row a proposal holding the partners as an array, instead of one row an elector.
-- A rebuild of a million events wrote 945,000 elector rows, each with its index entries, for the 37,000
-- proposals they belonged to.
CREATE TABLE decision_electorate (
    proposal_id uuid   PRIMARY KEY,
    partner_ids uuid[] NOT NULL
);

INSERT INTO decision_electorate (proposal_id, partner_ids)
SELECT proposal_id, array_agg(partner_id ORDER BY partner_id)
FROM decision_elector
GROUP BY proposal_id;

DROP TABLE decision_elector;
