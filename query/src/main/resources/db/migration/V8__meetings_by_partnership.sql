-- A partnership's meetings are listed (latest first) for its pages and the API's list of meetings.
CREATE INDEX participation_meeting_by_partnership ON participation_meeting (partnership_id, held_at DESC);
