-- Issue 16: the chain's seals move out of audit_entry into an insert-only table of their own.
--
-- Sealing used to UPDATE every audit row once: a second, wider version of the row, a new entry in each of its
-- five indexes and a row trigger per entry, and a dead row left behind in the largest table. Under API load the
-- sealer fell 12.5 s behind. Now a writer's insert also queues the new ids (audit_unsealed, one statement per
-- insert statement), and the sealer inserts narrow rows into audit_seal; a trigger on that insert takes the sealed
-- ids off the queue. audit_entry is never updated at all.

create table audit_seal (
    chain_position bigint      primary key check (chain_position > 0),
    entry_id       bigint      not null unique,
    previous_hash  varchar(64) not null check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash           varchar(64) not null check (hash ~ '^[0-9a-f]{64}$')
);

-- What the sealer has left to do: small, because it seals every few seconds.
create table audit_unsealed (
    entry_id bigint primary key
);

insert into audit_seal (chain_position, entry_id, previous_hash, hash)
select chain_position, id, previous_hash, hash from audit_entry where hash is not null;
insert into audit_unsealed (entry_id)
select id from audit_entry where hash is null;

-- audit_entry: inserted, never changed or removed. The chain columns, their check, their indexes and the
-- one-time-seal exception of the append-only trigger go.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        return new;
    end if;
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end
$$;

alter table audit_entry
    drop column chain_position,
    drop column previous_hash,
    drop column hash;

-- One statement per insert statement, however many rows it wrote (a list page writes one per candidate shown).
create function audit_entry_queue_for_sealing() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (entry_id) select id from inserted;
    return null;
end
$$;

create trigger audit_entry_queue_for_sealing
    after insert on audit_entry
    referencing new table as inserted
    for each statement execute function audit_entry_queue_for_sealing();

-- Only sealing empties the queue: the app's account may insert into it but not delete from it, so an entry
-- cannot be dropped from the queue to stay out of the chain. The function runs with its owner's rights.
create function audit_seal_dequeue() returns trigger language plpgsql security definer
    set search_path from current as $$
begin
    delete from audit_unsealed u using sealed s where u.entry_id = s.entry_id;
    return null;
end
$$;

create trigger audit_seal_dequeue
    after insert on audit_seal
    referencing new table as sealed
    for each statement execute function audit_seal_dequeue();

-- Seals are inserted once and never changed or removed either.
create trigger audit_seal_append_only
    before update or delete on audit_seal
    for each row execute function audit_entry_append_only();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_entry_append_only();
