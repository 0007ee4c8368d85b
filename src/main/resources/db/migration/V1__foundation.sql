-- Trekløver foundation: offices, accounts, candidates, employers, inclusion processes.

create table office (
    id          varchar(4)   primary key check (id ~ '^[0-9]{4}$'),
    name        varchar(200) not null,
    county      varchar(100) not null
);

create table employer (
    id              bigserial    primary key,
    org_number      varchar(9)   not null unique check (org_number ~ '^[0-9]{9}$'),
    name            varchar(200) not null,
    industry        varchar(200),
    municipality    varchar(200),
    contact_name    varchar(200),
    contact_phone   varchar(40),
    contact_email   varchar(254),
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now()
);
create index employer_name_idx on employer (lower(name));

create table app_user (
    id              bigserial    primary key,
    username        varchar(100) not null unique,
    password_hash   varchar(200),
    display_name    varchar(200) not null,
    role            varchar(30)  not null,
    office_id       varchar(4)      references office (id),
    employer_id     bigint       references employer (id),
    email           varchar(254),
    phone           varchar(40),
    enabled         boolean      not null default true
);

create table candidate (
    id                  bigserial    primary key,
    national_id         varchar(11)  not null unique check (national_id ~ '^[0-9]{11}$'),
    birth_date          date         not null,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    phone               varchar(40),
    email               varchar(254),
    office_id           varchar(4)      not null references office (id),
    counsellor_id       bigint       references app_user (id),
    effort_group        varchar(40),
    wishes              varchar(2000),
    interests           varchar(2000),
    strengths           varchar(2000),
    experience          varchar(2000),
    education           varchar(2000),
    adaptation_needs    varchar(2000),
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create index candidate_office_idx on candidate (office_id);
create index candidate_counsellor_idx on candidate (counsellor_id);

alter table app_user add column candidate_id bigint references candidate (id);

create table inclusion_process (
    id                          bigserial    primary key,
    candidate_id                bigint       not null references candidate (id),
    counsellor_id               bigint       not null references app_user (id),
    office_id                   varchar(4)      not null references office (id),
    phase                       varchar(30)  not null,
    phase_changed_at            timestamptz  not null,
    open                        boolean      not null default true,
    employer_id                 bigint       references employer (id),
    counsellor_knew_employer    boolean,
    attachment_at_start         varchar(30),
    initiative                  varchar(30),
    mentor_name                 varchar(200),
    mentor_phone                varchar(40),
    mentor_email                varchar(254),
    mentor_role                 varchar(200),
    mentor_user_id              bigint       references app_user (id),
    goals                       varchar(4000),
    start_date                  date,
    end_date                    date,
    outcome                     varchar(40),
    outcome_note                varchar(1000),
    follow_up_status            varchar(40),
    next_action                 varchar(300),
    next_action_due             date,
    version                     bigint       not null default 0,
    created_at                  timestamptz  not null default now(),
    updated_at                  timestamptz  not null default now()
);
-- A candidate has at most one open process.
create unique index inclusion_process_one_open_per_candidate on inclusion_process (candidate_id) where open;
create index inclusion_process_caseload_idx on inclusion_process (counsellor_id, open, phase);
create index inclusion_process_office_idx on inclusion_process (office_id, phase);
create index inclusion_process_employer_idx on inclusion_process (employer_id);

create table process_measure (
    id          bigserial   primary key,
    process_id  bigint      not null references inclusion_process (id) on delete cascade,
    type        varchar(40) not null,
    start_date  date        not null,
    end_date    date,
    created_at  timestamptz not null default now()
);
create index process_measure_process_idx on process_measure (process_id);

-- The timeline: everything that happened in a process, append-only.
create table process_event (
    id          bigserial    primary key,
    process_id  bigint       not null references inclusion_process (id) on delete cascade,
    occurred_at timestamptz  not null,
    actor_id    bigint       references app_user (id),
    type        varchar(40)  not null,
    from_phase  varchar(30),
    to_phase    varchar(30),
    comment     varchar(2000)
);
create index process_event_process_idx on process_event (process_id, occurred_at);

-- Who read or changed a candidate's personal data.
create table audit_entry (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null default now(),
    actor_id        bigint,
    actor_username  varchar(100) not null,
    actor_role      varchar(30),
    action          varchar(20)  not null,
    resource        varchar(60)  not null,
    candidate_id    bigint,
    purpose         varchar(200),
    allowed         boolean      not null
);
create index audit_entry_candidate_idx on audit_entry (candidate_id, occurred_at);

-- Spring Session JDBC: sessions live in the database so any app node can serve any user.
create table spring_session (
    primary_id              char(36)     not null,
    session_id              char(36)     not null,
    creation_time           bigint       not null,
    last_access_time        bigint       not null,
    max_inactive_interval   int          not null,
    expiry_time             bigint       not null,
    principal_name          varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
