-- Notifications (issue 14): what happened to a record someone cares about, in the portal (the bell) and by e-mail.
-- A notification and its e-mail are written in the transaction of the change that causes them (the outbox pattern);
-- a sender claims due e-mails with FOR UPDATE SKIP LOCKED, so any number of portal instances share the work.

-- Who may be notified: the people directory learns roles and whether the account is enabled, from the sign-in and
-- from the identity provider's directory (a user who never signed in is notified too).
ALTER TABLE person ADD COLUMN roles text[] NOT NULL DEFAULT '{}';       -- realm role names (park-manager, ...)
ALTER TABLE person ADD COLUMN enabled boolean NOT NULL DEFAULT true;    -- false: disabled or removed in Keycloak
ALTER TABLE person ADD COLUMN synced_at timestamptz;                    -- last read from Keycloak's directory
CREATE INDEX person_organization ON person (organization) WHERE enabled;

-- One row per recipient and event. event_key names the event once for all its recipients
-- (e.g. VERSION_SUBMITTED:PLAN_VERSION:12/3); with the recipient it makes publishing idempotent.
CREATE TABLE notification (
    id           bigserial PRIMARY KEY,
    recipient    varchar(255) NOT NULL,          -- user name
    kind         varchar(60)  NOT NULL,          -- NotificationKind
    record_type  varchar(40)  NOT NULL,          -- PLAN, PLAN_VERSION, DOCUMENT, AGREEMENT, PROPOSAL (the audit trail's entity types)
    record_id    varchar(80)  NOT NULL,          -- 12, or 12/3 for a plan version
    title        text         NOT NULL,          -- the record's title when it happened
    actor        varchar(255),                   -- user name; null for the portal itself (reminders, agreement clock)
    args         jsonb        NOT NULL DEFAULT '{}', -- the event's details for its sentence (notice number, deadline, universities)
    event_key    varchar(300) NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    read_at      timestamptz,
    mail         varchar(10)  NOT NULL,          -- NONE, IMMEDIATE or DIGEST: how this one is mailed (decided when written)
    digest_id    bigint,                         -- the digest e-mail (mail_outbox.id) that carried it
    CONSTRAINT notification_once UNIQUE (recipient, event_key)
);
CREATE INDEX notification_inbox ON notification (recipient, created_at DESC, id DESC);
CREATE INDEX notification_unread ON notification (recipient) WHERE read_at IS NULL;
CREATE INDEX notification_undigested ON notification (recipient) WHERE mail = 'DIGEST' AND digest_id IS NULL;
CREATE INDEX notification_age ON notification (created_at);

-- One row per e-mail to send: an immediate one carries one notification, a digest several.
CREATE TABLE mail_outbox (
    id               bigserial PRIMARY KEY,
    recipient        varchar(255) NOT NULL,
    address          text         NOT NULL,
    locale           varchar(20)  NOT NULL DEFAULT 'vi',
    kind             varchar(10)  NOT NULL,      -- IMMEDIATE or DIGEST
    notification_ids bigint[]     NOT NULL,
    idempotency_key  varchar(350) NOT NULL,      -- recipient + event (or digest day): never mailed twice
    state            varchar(10)  NOT NULL DEFAULT 'PENDING', -- PENDING, SENT, FAILED (gave up), REFUSED (address refused)
    attempts         integer      NOT NULL DEFAULT 0,
    due_at           timestamptz  NOT NULL DEFAULT now(),     -- the next attempt; pushed back after each failure
    last_error       text,
    message_id       text,                       -- the Message-ID header sent
    created_at       timestamptz  NOT NULL DEFAULT now(),
    sent_at          timestamptz,
    CONSTRAINT mail_once UNIQUE (idempotency_key)
);
CREATE INDEX mail_due ON mail_outbox (due_at) WHERE state = 'PENDING';
CREATE INDEX mail_recent ON mail_outbox (created_at DESC);

-- A user's choice; no row means the defaults.
CREATE TABLE notification_preference (
    username          varchar(255) PRIMARY KEY,
    email_mode        varchar(10)  NOT NULL DEFAULT 'IMMEDIATE', -- IMMEDIATE, DIGEST (07:00 Hanoi) or NONE
    urgent_immediate  boolean      NOT NULL DEFAULT true,        -- reminders and decisions mailed at once even in DIGEST mode
    unsubscribe_token varchar(64)  NOT NULL UNIQUE,              -- the secret in every e-mail's unsubscribe link
    last_digest_at    timestamptz,
    updated_at        timestamptz  NOT NULL DEFAULT now()
);

-- Following a record. The people involved follow by default (a row with following = true); an explicit unfollow is
-- kept as following = false so that the default does not come back.
CREATE TABLE follow (
    username    varchar(255) NOT NULL,
    record_type varchar(40)  NOT NULL,
    record_id   varchar(80)  NOT NULL,
    following   boolean      NOT NULL DEFAULT true,
    since       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (record_type, record_id, username)
);
CREATE INDEX follow_user ON follow (username) WHERE following;

-- Scheduled work done once per cluster: a job records each period it has done (digest of a day, reminder of a
-- deadline), so a restart or a second instance does not do it again, and a missed period is caught up.
CREATE TABLE job_run (
    job      varchar(60)  NOT NULL,
    period   varchar(100) NOT NULL,
    ran_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (job, period)
);
