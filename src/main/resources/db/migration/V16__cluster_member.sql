-- The cluster's members (issue 15): one row per portal instance, written by its heartbeat every ~10 s (ClusterHeartbeat),
-- read by the administrators' cluster page and GET /api/admin/cluster. A member not seen for 30 s is shown as not
-- answering; rows not seen for a day are removed (the cluster-members job). last_seen is the database's clock, so
-- the instances' clocks need not agree.
CREATE TABLE cluster_member (
    name            text        PRIMARY KEY,
    address         text,
    started_at      timestamptz NOT NULL,
    last_seen       timestamptz NOT NULL DEFAULT now(),
    extraction_jobs integer     NOT NULL DEFAULT 0 CHECK (extraction_jobs >= 0),
    index_lag       bigint      NOT NULL DEFAULT -1 -- -1: not known (the index not open yet)
);
