-- The audit log as an append-only, tamper-evident hash chain.
--
-- Writers insert rows unsealed (no chain columns). A sealer, one at a time across all app nodes (advisory
-- lock), appends committed rows to the chain: dense chain_position, previous_hash = the hash of the entry
-- before, hash = SHA-256(previous_hash + the entry's canonical form). Chain order is sealing order, not id
-- order, so a transaction that commits late simply gets a later position.

alter table audit_entry
    add column chain_position bigint,
    add column previous_hash  varchar(64),
    add column hash           varchar(64);

alter table audit_entry
    add constraint audit_entry_sealed_together check (
        (chain_position is null and previous_hash is null and hash is null)
        or (chain_position > 0 and previous_hash ~ '^[0-9a-f]{64}$' and hash ~ '^[0-9a-f]{64}$'));

-- The chain: one entry per position; the verifier walks it and the sealer reads its tail here.
create unique index audit_entry_chain_idx on audit_entry (chain_position);
-- What the sealer has left to do: small, because it seals every few seconds.
create index audit_entry_unsealed_idx on audit_entry (id) where hash is null;

-- Search paths, newest first with a stable tie-break for paging.
drop index audit_entry_candidate_idx;
create index audit_entry_candidate_idx on audit_entry (candidate_id, occurred_at desc, id desc);
create index audit_entry_actor_idx on audit_entry (actor_username, occurred_at desc, id desc);
create index audit_entry_time_idx on audit_entry (occurred_at desc, id desc);
-- Denials are few and what a privacy officer looks for first.
create index audit_entry_denied_idx on audit_entry (occurred_at desc, id desc) where not allowed;

-- Append-only: rows are inserted unsealed, sealed once, and never changed or removed afterwards.
-- The column list below must name every content column; a new column must be added to it.
create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.chain_position is not null or new.previous_hash is not null or new.hash is not null then
            raise exception 'audit_entry rows are inserted unsealed; only the sealer sets the chain columns';
        end if;
        return new;
    end if;
    if tg_op = 'UPDATE'
            and old.hash is null and old.chain_position is null and old.previous_hash is null
            and new.hash is not null
            and (new.id, new.occurred_at, new.actor_id, new.actor_username, new.actor_role, new.action,
                 new.resource, new.candidate_id, new.purpose, new.allowed)
                is not distinct from
                (old.id, old.occurred_at, old.actor_id, old.actor_username, old.actor_role, old.action,
                 old.resource, old.candidate_id, old.purpose, old.allowed) then
        return new;
    end if;
    raise exception 'audit_entry is append-only: % is not allowed', tg_op;
end
$$;

create trigger audit_entry_append_only
    before insert or update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
