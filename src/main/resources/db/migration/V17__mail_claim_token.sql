-- The mail sender (issue 14): a claim is a token, and the moment a mail was handed to the server is kept, so that a
-- mail is never sent twice when a send outlives its lease (a tarpitting server): a sender whose lease was taken over
-- can neither mark nor resend the mail (every update names its claim), and a mail already handed to the server by a
-- sender that did not report back is not sent again by the next one; it is marked FAILED for the administrators.
ALTER TABLE mail_outbox ADD COLUMN claim_token uuid;         -- the current claim; a new claim replaces it
ALTER TABLE mail_outbox ADD COLUMN handed_at timestamptz;    -- handed to the mail server under claim_token, outcome not yet written
