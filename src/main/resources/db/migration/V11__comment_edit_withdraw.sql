-- Issue 17: a reviewer edits or withdraws their own comment until it is answered or the review deadline passes.
-- A withdrawn comment is kept (comments are never deleted, V3), marked with the time it was withdrawn; an edited one
-- carries the time of its last edit (the audit trail keeps the text it replaced). The seal guard of V3 still refuses
-- any change of a sealed version's comments.
ALTER TABLE plan_comment ADD COLUMN edited_at timestamptz;
ALTER TABLE plan_comment ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE plan_comment ADD CONSTRAINT plan_comment_withdrawn_unanswered
    CHECK (withdrawn_at IS NULL OR disposition IS NULL);
