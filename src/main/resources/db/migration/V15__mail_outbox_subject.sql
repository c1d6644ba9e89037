-- The mail sender (issue 14): the subject each e-mail went out with, for the administrators' list of sent and failed
-- mail, and the mails sent in the last minute, which the sender counts (over every instance) to keep to its rate.
ALTER TABLE mail_outbox ADD COLUMN subject text;
CREATE INDEX mail_sent_recently ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
