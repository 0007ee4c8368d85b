-- Learning arenas (issue 14, part 1): the counsellors' reflection on their own processes (seed 003: from routine-based
-- to reflected practice), the office's meetings not tied to one process with anonymised cases, the changes in practice
-- the office agrees on, and the question bank for kartlegging and follow-up (seed 000).

-- A named group of an office's counsellors (and its office leader) who read each other's shared reflection notes.
create table learning_peer_group (
    id                 bigserial     primary key,
    office_id          varchar(4)    not null references office (id),
    name               varchar(100)  not null,
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create unique index learning_peer_group_name_idx on learning_peer_group (office_id, lower(name));

create table learning_peer_group_member (
    group_id           bigint        not null references learning_peer_group (id) on delete cascade,
    user_id            bigint        not null references app_user (id),
    primary key (group_id, user_id)
);
create index learning_peer_group_member_user_idx on learning_peer_group_member (user_id);

-- One reflection on a process: one text per prompt, from what was done to why and what to change; at least one.
-- Private to its author (peer_group_id null) or shared with one peer group of the process's office.
create table reflection_note (
    id                 bigserial     primary key,
    process_id         bigint        not null references inclusion_process (id),
    author_id          bigint        not null references app_user (id),
    peer_group_id      bigint        references learning_peer_group (id),
    what_was_done      varchar(4000),
    why                varchar(4000),
    what_happened      varchar(4000),
    what_to_change     varchar(4000),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (coalesce(what_was_done, why, what_happened, what_to_change) is not null)
);
create index reflection_note_process_idx on reflection_note (process_id, created_at desc);
create index reflection_note_group_idx on reflection_note (peer_group_id) where peer_group_id is not null;

-- An office's meeting not tied to one process: experience exchange, market meeting, network gathering.
create table office_meeting (
    id                 bigserial     primary key,
    office_id          varchar(4)    not null references office (id),
    type               varchar(30)   not null check (type in ('EXPERIENCE_EXCHANGE', 'MARKET_MEETING',
                                                             'NETWORK_GATHERING')),
    title              varchar(120)  not null,
    starts_at          timestamptz   not null,
    duration_minutes   integer       not null check (duration_minutes between 5 and 600),
    place              varchar(200),
    notes              varchar(8000),
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index office_meeting_office_idx on office_meeting (office_id, starts_at desc);

create table office_meeting_participant (
    meeting_id         bigint        not null references office_meeting (id) on delete cascade,
    user_id            bigint        not null references app_user (id),
    primary key (meeting_id, user_id)
);
create index office_meeting_participant_user_idx on office_meeting_participant (user_id);

-- The office's question bank (000 «system for å fange opp aktuelle spørsmål»): curated by the office leader,
-- proposed by counsellors (active false until the leader takes it in).
create table learning_question (
    id                 bigserial     primary key,
    office_id          varchar(4)    not null references office (id),
    text               varchar(500)  not null,
    theme              varchar(100)  not null,
    purpose            varchar(20)   not null check (purpose in ('KARTLEGGING', 'FOLLOW_UP')),
    status             varchar(20)   not null check (status in ('PROPOSED', 'ACTIVE', 'RETIRED')),
    proposed_by        bigint        not null references app_user (id),
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index learning_question_office_idx on learning_question (office_id, status, theme);

create table office_meeting_agenda_item (
    id                 bigserial     primary key,
    meeting_id         bigint        not null references office_meeting (id) on delete cascade,
    position           integer       not null,
    text               varchar(500)  not null,
    question_id        bigint        references learning_question (id)
);
create index office_meeting_agenda_item_meeting_idx on office_meeting_agenda_item (meeting_id, position);

-- An anonymised copy of a process presented at an experience exchange. The counsellor reviews and edits it and marks
-- it ready; only then do the other participants see it. process_id is kept while it is a draft (so the author can
-- build it again) and set to null when it is marked ready: a ready case has no way back to the person.
create table anonymised_case (
    id                 bigserial     primary key,
    meeting_id         bigint        not null references office_meeting (id) on delete cascade,
    author_id          bigint        not null references app_user (id),
    process_id         bigint        references inclusion_process (id),
    title              varchar(120)  not null,
    -- the candidate's age as a decade (30 for 30–39), never her birth date
    age_decade         integer       check (age_decade between 10 and 90),
    -- the employer's industry in lower case ("varehandel"), never its name or number
    industry           varchar(200),
    phase              varchar(30),
    duration_months    integer       check (duration_months >= 0),
    -- the measures' types, comma-separated codes
    measures           varchar(500),
    outcome            varchar(40),
    story              varchar(4000),
    question           varchar(1000),
    ready_at           timestamptz,
    created_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (ready_at is null or process_id is null)
);
create index anonymised_case_meeting_idx on anonymised_case (meeting_id);
create index anonymised_case_process_idx on anonymised_case (process_id) where process_id is not null;

-- A change in practice the office agreed on: visible to the office until done; overdue ones are marked.
create table agreed_change (
    id                 bigserial     primary key,
    office_id          varchar(4)    not null references office (id),
    meeting_id         bigint        references office_meeting (id) on delete set null,
    text               varchar(1000) not null,
    owner_id           bigint        not null references app_user (id),
    due_date           date          not null,
    follow_up_note     varchar(2000),
    status             varchar(10)   not null check (status in ('OPEN', 'DONE')),
    done_at            timestamptz,
    created_by         bigint        not null references app_user (id),
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index agreed_change_office_open_idx on agreed_change (office_id, due_date) where status = 'OPEN';

-- Retention: the reflection on a candidate's process is free text about her; it goes with her identity. A draft
-- anonymised case loses its link back (a ready one has none).
create function learning_forget_candidate() returns trigger language plpgsql as $$
begin
    if new.anonymised_at is not null and old.anonymised_at is null then
        delete from reflection_note where process_id in (select id from inclusion_process where candidate_id = new.id);
        delete from anonymised_case
         where ready_at is null and process_id in (select id from inclusion_process where candidate_id = new.id);
    end if;
    return new;
end $$;

create trigger candidate_anonymised_learning after update of anonymised_at on candidate
    for each row execute function learning_forget_candidate();
