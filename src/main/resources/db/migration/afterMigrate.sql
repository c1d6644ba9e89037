-- Runs as the schema's owner after every migration (Flyway callback), so that tables added by later migrations
-- are covered too. The portal's runtime role ${runtime_role} reads and writes rows and owns nothing: it cannot
-- alter tables or their triggers, and the audit trail is append-only for it by privilege, not only by trigger.
DO $grants$
DECLARE
    app text := '${runtime_role}';
BEGIN
    IF app = current_user THEN
        RETURN; -- a single-role installation: nothing to grant
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'the portal''s database role % does not exist (create it with LOGIN, see README)', app;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    BEGIN
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'not the owner of schema public: CREATE for PUBLIC left as it is';
    END;
    -- large objects written before this role existed: DatabaseMigration grants them in batches (one lock each)
END
$grants$;
