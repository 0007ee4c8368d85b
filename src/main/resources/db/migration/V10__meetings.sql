-- Follow-up meetings of an inclusion process (BRIEF §5): the cloverleaf meetings with agenda, minutes, decisions
-- and action items, their iCalendar identity (UID and SEQUENCE), the follow-up cadence per office and process,
-- agenda templates per office, personal calendar feed tokens (hashed) and what reminders and digests were sent.

create table meeting (
    id                  bigserial     primary key,
    process_id          bigint        not null references inclusion_process (id) on delete cascade,
    type                varchar(30)   not null,
    status              varchar(20)   not null default 'PLANNED',
    starts_at           timestamptz   not null,
    duration_minutes    int           not null check (duration_minutes between 5 and 720),
    channel             varchar(20)   not null,
    location            varchar(300),
    agenda              varchar(8000),
    minutes             varchar(20000),
    decisions           varchar(8000),
    goals               varchar(4000),
    training_plan       varchar(4000),
    weekly_plan         varchar(4000),
    roles               varchar(4000),
    organizer_id        bigint        not null references app_user (id),
    ical_uid            varchar(200)  not null unique,
    ical_sequence       int           not null default 0,
    cancelled_at        timestamptz,
    version             bigint        not null default 0,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);
create index meeting_process_idx on meeting (process_id, starts_at);
create index meeting_starts_idx on meeting (starts_at) where status = 'PLANNED';

create table meeting_participant (
    meeting_id  bigint        not null references meeting (id) on delete cascade,
    position    int           not null,
    role        varchar(30)   not null,
    name        varchar(200)  not null,
    user_id     bigint        references app_user (id),
    primary key (meeting_id, position)
);
create index meeting_participant_user_idx on meeting_participant (user_id) where user_id is not null;

create table meeting_action_item (
    id              bigserial     primary key,
    meeting_id      bigint        not null references meeting (id) on delete cascade,
    text            varchar(1000) not null,
    owner           varchar(200),
    due_date        date,
    done            boolean       not null default false,
    done_at         timestamptz,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now()
);
create index meeting_action_item_meeting_idx on meeting_action_item (meeting_id);
create index meeting_action_item_open_idx on meeting_action_item (due_date) where not done;

-- The follow-up interval: per office (default 4 weeks when no row), overridable per process.
create table meeting_office_settings (
    office_id                   varchar(4) primary key references office (id),
    follow_up_interval_weeks    int        not null check (follow_up_interval_weeks between 1 and 26),
    version                     bigint     not null default 0
);

create table meeting_process_settings (
    process_id                  bigint     primary key references inclusion_process (id) on delete cascade,
    follow_up_interval_weeks    int        check (follow_up_interval_weeks between 1 and 26),
    version                     bigint     not null default 0
);

-- An office's own agenda template for a meeting type; without a row the default text of the code applies.
create table meeting_agenda_template (
    office_id   varchar(4)    not null references office (id),
    type        varchar(30)   not null,
    agenda      varchar(8000) not null,
    version     bigint        not null default 0,
    updated_by  bigint        references app_user (id),
    updated_at  timestamptz   not null default now(),
    primary key (office_id, type)
);

-- A user's personal calendar feed: only the SHA-256 of the secret token is stored.
create table meeting_calendar_token (
    user_id     bigint        primary key references app_user (id) on delete cascade,
    token_hash  varchar(64)   not null unique,
    created_at  timestamptz   not null default now()
);

-- Reminders sent, per meeting, user, kind and iCalendar sequence: a moved meeting is reminded of again.
create table meeting_reminder_sent (
    meeting_id  bigint        not null references meeting (id) on delete cascade,
    user_id     bigint        not null references app_user (id) on delete cascade,
    kind        varchar(20)   not null,
    sequence    int           not null,
    sent_at     timestamptz   not null,
    primary key (meeting_id, user_id, kind, sequence)
);

-- The counsellor's daily digest of overdue follow-ups and action items: at most one per day.
create table meeting_digest_sent (
    counsellor_id   bigint  not null references app_user (id) on delete cascade,
    digest_date     date    not null,
    sent_at         timestamptz not null,
    primary key (counsellor_id, digest_date)
);
