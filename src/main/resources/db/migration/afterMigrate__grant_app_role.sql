-- Runs after every migrate, also when there was nothing to migrate, so new tables get the app's rights too.
-- The app's account reads and writes the tables but owns none of them: it cannot alter a table, drop or disable a
-- trigger, or make the server skip triggers. So the audit log's append-only rule (V3) holds against the app itself.
-- When the app and the owner are the same account (no TREKLOVER_DB_MIGRATION_USER), there is nothing to do.
do $$
declare
    app text := '${appRole}';
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app);
    execute format('grant usage, select, update on all sequences in schema %I to %I', current_schema(), app);
    -- The audit log: entries and seals are inserted and read, never changed, deleted or truncated; the queue of
    -- unsealed entries only grows through inserts and shrinks through sealing (a trigger with the owner's rights).
    execute format('revoke update, delete, truncate on audit_entry, audit_seal, audit_unsealed from %I', app);
    execute format('revoke all on flyway_schema_history from %I', app);
end $$;
