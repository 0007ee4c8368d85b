-- Imports of Enhetsregisteret's bulk files into the employer register (issue 12): one row per import with its
-- progress counts, the rows it rejected with their position and reason, and, while a full file is read, the
-- organisation numbers seen in it (to mark the units a newer full file no longer has).

create table employer_import (
    id               bigserial     primary key,
    -- UNITS: enheter into employer; SUB_UNITS: underenheter into employer_sub_unit
    kind             varchar(10)   not null check (kind in ('UNITS', 'SUB_UNITS')),
    file_name        varchar(255)  not null,
    full_file        boolean       not null,
    status           varchar(10)   not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    -- the user name of who started it, or the command line's / demo's name; kept as text: an import is not
    -- about a person, and the account may go
    started_by       varchar(100)  not null,
    created_at       timestamptz   not null default now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    bytes_total      bigint,
    bytes_read       bigint        not null default 0,
    rows_read        bigint        not null default 0,
    rows_inserted    bigint        not null default 0,
    rows_updated     bigint        not null default 0,
    rows_unchanged   bigint        not null default 0,
    rows_rejected    bigint        not null default 0,
    marked_missing   bigint        not null default 0,
    failure          varchar(1000)
);
create index employer_import_created_idx on employer_import (created_at desc);

create table employer_import_rejection (
    id               bigserial     primary key,
    import_id        bigint        not null references employer_import (id) on delete cascade,
    -- INDEX: the element's index in the JSON array (from 0); LINE: the CSV line the row starts on (from 1)
    position_kind    varchar(5)    not null check (position_kind in ('INDEX', 'LINE')),
    position         bigint        not null,
    -- the organisation number as the row gave it, cut to 20 characters; null when the row had none
    org_number       varchar(20),
    reason           varchar(30)   not null,
    detail           varchar(500)
);
create index employer_import_rejection_import_idx on employer_import_rejection (import_id, id);

-- Scratch space of a running full import; emptied when it ends. Unlogged: after a crash the import is lost anyway.
create unlogged table employer_import_seen (
    import_id        bigint        not null,
    org_number       varchar(9)    not null
);
create index employer_import_seen_idx on employer_import_seen (import_id, org_number);
