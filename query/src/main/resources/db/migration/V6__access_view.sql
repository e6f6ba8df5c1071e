-- access: who holds which role in which partnership, projected from the appointment events
-- (CoordinatorAppointed/Removed, AuditorAppointed/Removed, PartnerRepresentativesChanged). It
-- answers whether a user may read a partnership at all and narrows the list of partnerships to
-- those a user belongs to. (Version 5 is left to the report views built alongside.)

CREATE TABLE access_role (
    partnership_id uuid NOT NULL,
    user_name      text NOT NULL,
    -- COORDINATOR, AUDITOR or REPRESENTATIVE
    role           text NOT NULL,
    -- the partner a REPRESENTATIVE acts for; null for the other roles
    partner_id     uuid,
    CONSTRAINT access_role_key UNIQUE NULLS NOT DISTINCT (partnership_id, user_name, role, partner_id)
);

-- The list of a user's partnerships looks the user up first.
CREATE INDEX access_role_user_idx ON access_role (user_name, partnership_id);
