-- Who reads a document, in the form of the search index's reader tokens (application/Readers: 'role:<role>' for
-- everyone with a role, 'org:<code>:<role>' for those with a role in one organization). Each row says which
-- record grants it: 'DOCUMENT' for the document's own visibility and organization, 'AGREEMENT:<id>' and
-- 'PROPOSAL:<id>' for a record that lists the file, with the readers of that record. A record that changes its
-- parties, reviewers or files replaces its own rows, so a share lasts exactly as long as the record lists the file
-- and the organization may read the record. The access rule (DocumentAccess) and every query that lists or searches
-- documents read these same rows, so the two cannot disagree. Replaces document_share, which only ever grew.
CREATE TABLE document_reader (
    document_id bigint NOT NULL REFERENCES document (id),
    granted_by  text   NOT NULL,
    token       text   NOT NULL,
    PRIMARY KEY (document_id, granted_by, token)
);
CREATE INDEX document_reader_token ON document_reader (token, document_id);
CREATE INDEX document_reader_granted_by ON document_reader (granted_by);

-- the documents' own readers, as DocumentAccess.ownReaders gives them: a PORTAL document every role; an ORGANIZATION
-- document the working members of its organization and the steering committee
INSERT INTO document_reader (document_id, granted_by, token)
SELECT d.id, 'DOCUMENT', t.token
FROM document d
CROSS JOIN LATERAL (
    SELECT unnest(ARRAY['role:park-manager', 'role:university-reviewer', 'role:committee-approver', 'role:admin']) AS token
    WHERE d.visibility = 'PORTAL'
    UNION ALL
    SELECT unnest(ARRAY['role:committee-approver', 'org:' || d.organization || ':park-manager',
                        'org:' || d.organization || ':university-reviewer', 'org:' || d.organization || ':committee-approver'])
    WHERE d.visibility <> 'PORTAL'
) t;

-- the agreements' readers (AgreementRegister.readers): the park, the committee and the reviewers of each party
INSERT INTO document_reader (document_id, granted_by, token)
SELECT ad.document_id, 'AGREEMENT:' || ad.agreement_id, t.token
FROM agreement_document ad
CROSS JOIN LATERAL (
    SELECT unnest(ARRAY['role:park-manager', 'role:committee-approver']) AS token
    UNION
    SELECT 'org:' || ap.organization || ':university-reviewer' FROM agreement_party ap WHERE ap.agreement_id = ad.agreement_id
) t;

-- the proposals' readers (ProposalDesk.readers): the park, the committee, the submitter's and the invited reviewers
INSERT INTO document_reader (document_id, granted_by, token)
SELECT pd.document_id, 'PROPOSAL:' || pd.proposal_id, t.token
FROM proposal_document pd
JOIN proposal p ON p.id = pd.proposal_id
CROSS JOIN LATERAL (
    SELECT unnest(ARRAY['role:park-manager', 'role:committee-approver', 'org:' || p.organization || ':university-reviewer']) AS token
    UNION
    SELECT 'org:' || pr.organization || ':university-reviewer' FROM proposal_reviewer pr WHERE pr.proposal_id = p.id
) t;

DROP TABLE document_share;
