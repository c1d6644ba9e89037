-- The people directory: how the portal names someone it has seen. Keycloak owns the accounts; a row is written
-- (or brought up to date) when a user authenticates with a name, e-mail or organization the portal did not know yet,
-- so lists show "Nguyễn Văn Soạn (BQL)" instead of the user name they store. Someone never seen is shown by user name.
CREATE TABLE person (
    username     varchar(255) PRIMARY KEY,
    display_name text,                         -- Vietnamese order, family name first ("Nguyễn Văn Soạn")
    organization varchar(20),                  -- the organization claim (not a foreign key: Keycloak may name one not registered yet)
    email        text,
    locale       varchar(20),
    seen_at      timestamptz NOT NULL DEFAULT now()
);
