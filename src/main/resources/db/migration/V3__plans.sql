-- The development plan: a working copy (draft) edited by the park, immutable submitted versions reviewed by the
-- universities and decided by the committee, target progress, and the audit trail of every state change.

CREATE TABLE plan (
    id               bigserial    PRIMARY KEY,
    code             varchar(50)  NOT NULL UNIQUE,
    title            text         NOT NULL,
    horizon_year     int          NOT NULL CHECK (horizon_year BETWEEN 2000 AND 2100),
    vision_year      int          NOT NULL CHECK (vision_year BETWEEN 2000 AND 2100),
    created_at       timestamptz  NOT NULL,
    created_by       text         NOT NULL,
    -- the whole draft's revision: every save moves it on; a save from an older revision is refused
    draft_revision   bigint       NOT NULL DEFAULT 1,
    draft_changed_at timestamptz  NOT NULL,
    draft_changed_by text         NOT NULL,
    -- the targets table's own revision, so that editing targets does not conflict with editing a section
    targets_revision bigint       NOT NULL DEFAULT 1
);

CREATE TABLE plan_section (
    id          bigserial    PRIMARY KEY,
    plan_id     bigint       NOT NULL REFERENCES plan (id),
    section_key varchar(50)  NOT NULL,
    position    int          NOT NULL,
    title       text         NOT NULL,
    body        text         NOT NULL DEFAULT '',
    revision    bigint       NOT NULL DEFAULT 1,
    changed_at  timestamptz  NOT NULL,
    changed_by  text         NOT NULL,
    UNIQUE (plan_id, section_key)
);

CREATE TABLE plan_target (
    id           bigserial    PRIMARY KEY,
    plan_id      bigint       NOT NULL REFERENCES plan (id),
    code         varchar(30)  NOT NULL,
    name         text         NOT NULL,
    unit         text,
    target_group text,
    lead_unit    text,
    position     int          NOT NULL,
    UNIQUE (plan_id, code)
);

CREATE TABLE plan_target_value (
    target_id bigint  NOT NULL REFERENCES plan_target (id) ON DELETE CASCADE,
    year      int     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    value     numeric NOT NULL,
    PRIMARY KEY (target_id, year)
);

CREATE TABLE plan_attachment (
    plan_id     bigint      NOT NULL REFERENCES plan (id),
    document_id bigint      NOT NULL REFERENCES document (id),
    added_at    timestamptz NOT NULL,
    added_by    text        NOT NULL,
    PRIMARY KEY (plan_id, document_id)
);

CREATE TABLE plan_version (
    id                 bigserial    PRIMARY KEY,
    plan_id            bigint       NOT NULL REFERENCES plan (id),
    number             int          NOT NULL CHECK (number > 0),
    note               text,
    status             varchar(30)  NOT NULL CHECK (status IN ('IN_REVIEW', 'SUBMITTED_FOR_APPROVAL', 'APPROVED', 'RETURNED')),
    -- the frozen content as canonical JSON (PlanContent.toCanonicalJson)
    snapshot           text         NOT NULL,
    submitted_at       timestamptz  NOT NULL,
    submitted_by       text         NOT NULL,
    review_deadline    date         NOT NULL,
    to_approval_at     timestamptz,
    to_approval_by     text,
    decision_outcome   varchar(20)  CHECK (decision_outcome IN ('APPROVED', 'RETURNED')),
    conclusion         text,
    notice_number      varchar(50),
    notice_date        date,
    decided_at         timestamptz,
    decided_by         text,
    seal_sha256        char(64)     CHECK (seal_sha256 ~ '^[0-9a-f]{64}$'),
    sealed_at          timestamptz,
    row_version        bigint       NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number),
    CHECK ((status = 'APPROVED') = (seal_sha256 IS NOT NULL AND sealed_at IS NOT NULL))
);
-- at most one version of a plan is open (in review or waiting for the committee) at any time
CREATE UNIQUE INDEX plan_version_one_open ON plan_version (plan_id) WHERE status IN ('IN_REVIEW', 'SUBMITTED_FOR_APPROVAL');

CREATE TABLE plan_version_reviewer (
    version_id   bigint      NOT NULL REFERENCES plan_version (id),
    organization varchar(20) NOT NULL REFERENCES organization (code),
    PRIMARY KEY (version_id, organization)
);

CREATE TABLE plan_comment (
    id                bigserial    PRIMARY KEY,
    version_id        bigint       NOT NULL REFERENCES plan_version (id),
    section_key       varchar(50)  NOT NULL,
    quote             text,
    body              text         NOT NULL,
    author            text         NOT NULL,
    author_name       text         NOT NULL,
    organization      varchar(20)  NOT NULL REFERENCES organization (code),
    created_at        timestamptz  NOT NULL,
    disposition       varchar(30)  CHECK (disposition IN ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'NOT_ACCEPTED')),
    rationale         text,
    answered_by       text,
    answered_at       timestamptz,
    row_version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX plan_comment_version ON plan_comment (version_id, id);

CREATE TABLE target_progress (
    id           bigserial    PRIMARY KEY,
    plan_id      bigint       NOT NULL REFERENCES plan (id),
    target_code  varchar(30)  NOT NULL,
    period       varchar(10)  NOT NULL CHECK (period ~ '^[0-9]{4}(-H[12])?$'),
    actual       numeric      NOT NULL,
    status       varchar(20)  NOT NULL CHECK (status IN ('ON_TRACK', 'AT_RISK', 'BEHIND')),
    note         text,
    reported_by  text         NOT NULL,
    organization varchar(20)  NOT NULL,
    reported_at  timestamptz  NOT NULL,
    UNIQUE (plan_id, target_code, period)
);

-- An approved version is sealed forever: not the portal, not the API, not plain SQL may change or remove it,
-- its reviewers or its comments. A submitted version's content never changes, sealed or not.
CREATE FUNCTION plan_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'plan version % of plan % cannot be deleted', OLD.number, OLD.plan_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.sealed_at IS NOT NULL THEN
        RAISE EXCEPTION 'plan version % of plan % is sealed (approved) and cannot be changed', OLD.number, OLD.plan_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.snapshot IS DISTINCT FROM OLD.snapshot OR NEW.number <> OLD.number OR NEW.plan_id <> OLD.plan_id
       OR NEW.submitted_at <> OLD.submitted_at OR NEW.submitted_by <> OLD.submitted_by THEN
        RAISE EXCEPTION 'the content of submitted plan version % cannot be changed', OLD.number
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER plan_version_guard BEFORE UPDATE OR DELETE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plan_version_guard();

CREATE FUNCTION plan_version_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% cannot be truncated: it holds submitted and sealed plan versions', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER plan_version_no_truncate BEFORE TRUNCATE ON plan_version
    FOR EACH STATEMENT EXECUTE FUNCTION plan_version_no_truncate();
CREATE TRIGGER plan_version_reviewer_no_truncate BEFORE TRUNCATE ON plan_version_reviewer
    FOR EACH STATEMENT EXECUTE FUNCTION plan_version_no_truncate();
CREATE TRIGGER plan_comment_no_truncate BEFORE TRUNCATE ON plan_comment
    FOR EACH STATEMENT EXECUTE FUNCTION plan_version_no_truncate();

-- reviewers are fixed when a version is submitted; comments are never deleted and freeze with the seal
CREATE FUNCTION plan_version_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
    sealed timestamptz;
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'plan_version_reviewer') THEN
        RAISE EXCEPTION 'rows of % are never changed or deleted', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    v_id := NEW.version_id;
    IF TG_OP = 'UPDATE' AND OLD.version_id <> NEW.version_id THEN
        RAISE EXCEPTION 'a row of % cannot move to another version', TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    SELECT sealed_at INTO sealed FROM plan_version WHERE id = v_id;
    IF sealed IS NOT NULL THEN
        RAISE EXCEPTION 'plan version % is sealed (approved): % cannot change', v_id, TG_TABLE_NAME
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER plan_version_reviewer_guard BEFORE INSERT OR UPDATE OR DELETE ON plan_version_reviewer
    FOR EACH ROW EXECUTE FUNCTION plan_version_child_guard();
CREATE TRIGGER plan_comment_guard BEFORE INSERT OR UPDATE OR DELETE ON plan_comment
    FOR EACH ROW EXECUTE FUNCTION plan_version_child_guard();

-- Append-only audit trail: each event carries the SHA-256 of its content and of the previous event (a hash chain).
CREATE TABLE audit_event (
    id            bigserial    PRIMARY KEY,
    at            timestamptz  NOT NULL,
    actor         text         NOT NULL,
    organization  varchar(20),
    action        varchar(60)  NOT NULL,
    entity_type   varchar(40)  NOT NULL,
    entity_id     text,
    details       text         NOT NULL DEFAULT '',
    previous_hash char(64),
    hash          char(64)     NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
