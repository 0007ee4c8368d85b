-- Issue 6: the counsellor's contact log (the collaboration-quality indicators are computed from it) and in-app
-- notifications with their e-mail state.

create table contact_entry (
    id               bigint generated always as identity primary key,
    process_id       bigint       not null references inclusion_process (id),
    counterpart      varchar(20)  not null check (counterpart in ('CANDIDATE', 'MENTOR', 'EMPLOYER')),
    form             varchar(30)  not null check (form in ('PHONE', 'MEETING_WORKPLACE', 'MEETING_OFFICE', 'VIDEO',
                                                               'MESSAGE', 'EMAIL')),
    initiator        varchar(20)  not null check (initiator in ('COUNSELLOR', 'COUNTERPART')),
    occurred_at      timestamptz  not null,
    duration_minutes integer check (duration_minutes between 1 and 1440),
    note             varchar(2000),
    author_id        bigint       not null references app_user (id),
    version          bigint       not null default 0,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);

-- The process's log, newest first, and the indicators' window (contacts of one process since a day).
create index contact_entry_process on contact_entry (process_id, occurred_at desc, id desc);

create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint        not null references app_user (id),
    message_key  varchar(200)  not null,
    arguments    text[]        not null default '{}',
    link         varchar(500),
    process_id   bigint references inclusion_process (id) on delete set null,
    created_at   timestamptz   not null,
    read_at      timestamptz,
    -- when the e-mail went out; null when mail is off, the user has no address, or sending failed
    emailed_at   timestamptz
);

-- The recipient's list, newest first, and the header badge: one count over a partial index of the unread.
create index notification_recipient on notification (recipient_id, created_at desc, id desc);
create index notification_unread on notification (recipient_id) where read_at is null;
