-- Collaboration agreements and proposals between the park and the universities, scoped by organization; and
-- documents shared with the organizations of the record they are attached to.

-- A document is read by its own organization, by everyone when its visibility is PORTAL, and by the organizations
-- it is shared with (the parties of an agreement, the submitter and reviewers of a proposal it is attached to).
CREATE TABLE document_share (
    document_id  bigint      NOT NULL REFERENCES document (id),
    organization varchar(20) NOT NULL REFERENCES organization (code),
    PRIMARY KEY (document_id, organization)
);
CREATE INDEX document_share_organization ON document_share (organization, document_id);

CREATE TABLE agreement (
    id              bigserial    PRIMARY KEY,
    number          varchar(100) NOT NULL UNIQUE,
    title           text         NOT NULL,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('AGREEMENT', 'MEMORANDUM')),
    status          varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'NEGOTIATING', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'TERMINATED')),
    signed_on       date,
    effective_from  date,
    effective_to    date,
    fields          text         NOT NULL DEFAULT '',
    contacts        text         NOT NULL DEFAULT '',
    created_at      timestamptz  NOT NULL,
    created_by      text         NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      text         NOT NULL,
    row_version     bigint       NOT NULL DEFAULT 0,
    CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from)
);
CREATE INDEX agreement_effective_to ON agreement (effective_to);

CREATE TABLE agreement_party (
    agreement_id bigint      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    organization varchar(20) NOT NULL REFERENCES organization (code),
    PRIMARY KEY (agreement_id, organization)
);
CREATE INDEX agreement_party_organization ON agreement_party (organization);

CREATE TABLE agreement_milestone (
    id           bigserial   PRIMARY KEY,
    agreement_id bigint      NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    position     int         NOT NULL,
    title        text        NOT NULL,
    due          date        NOT NULL,
    status       varchar(20) NOT NULL CHECK (status IN ('OPEN', 'DONE', 'OVERDUE'))
);

CREATE TABLE agreement_document (
    agreement_id bigint NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
    document_id  bigint NOT NULL REFERENCES document (id),
    PRIMARY KEY (agreement_id, document_id)
);

CREATE TABLE proposal (
    id             bigserial    PRIMARY KEY,
    title          text         NOT NULL,
    purpose        text         NOT NULL,
    budget         numeric,
    area           numeric,
    timeline       text,
    organization   varchar(20)  NOT NULL REFERENCES organization (code),
    status         varchar(20)  NOT NULL CHECK (status IN ('SUBMITTED', 'IN_REVIEW', 'ACCEPTED', 'REJECTED')),
    decision_note  text,
    decided_by     text,
    decided_at     timestamptz,
    agreement_id   bigint       REFERENCES agreement (id),
    created_at     timestamptz  NOT NULL,
    created_by     text         NOT NULL,
    row_version    bigint       NOT NULL DEFAULT 0
);

CREATE TABLE proposal_reviewer (
    proposal_id  bigint      NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    organization varchar(20) NOT NULL REFERENCES organization (code),
    PRIMARY KEY (proposal_id, organization)
);
CREATE INDEX proposal_reviewer_organization ON proposal_reviewer (organization);

CREATE TABLE proposal_opinion (
    id           bigserial   PRIMARY KEY,
    proposal_id  bigint      NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    organization varchar(20) NOT NULL REFERENCES organization (code),
    opinion      varchar(30) NOT NULL CHECK (opinion IN ('SUPPORT', 'SUPPORT_WITH_CONDITIONS', 'OPPOSE')),
    comment      text,
    author       text        NOT NULL,
    author_name  text        NOT NULL,
    given_at     timestamptz NOT NULL,
    UNIQUE (proposal_id, organization)
);

CREATE TABLE proposal_document (
    proposal_id bigint NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    document_id bigint NOT NULL REFERENCES document (id),
    PRIMARY KEY (proposal_id, document_id)
);

-- the plan targets an accepted proposal serves
CREATE TABLE proposal_target (
    proposal_id bigint      NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
    plan_id     bigint      NOT NULL REFERENCES plan (id),
    target_code varchar(30) NOT NULL,
    PRIMARY KEY (proposal_id, plan_id, target_code)
);

-- a progress report by a user whose token carries no organization is kept, not refused
ALTER TABLE target_progress ALTER COLUMN organization DROP NOT NULL;
