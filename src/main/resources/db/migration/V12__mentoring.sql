-- The mentor's workspace (BRIEF §5): the mentor guide's six steps, the weekly plan, the mastery log,
-- "Spør veilederen" (questions to the counsellor) and challenge flags. Versions start at 1; a row that does not
-- exist yet counts as version 0, so the first save sends If-Match "0".

create table mentoring_step (
    process_id   bigint        not null references inclusion_process (id) on delete cascade,
    step         smallint      not null check (step between 1 and 6),
    note         varchar(2000),
    done_on      date,
    updated_by   bigint        references app_user (id),
    updated_at   timestamptz   not null,
    version      bigint        not null,
    primary key (process_id, step)
);

create table weekly_plan (
    process_id       bigint       primary key references inclusion_process (id) on delete cascade,
    include_weekend  boolean      not null default false,
    updated_by       bigint       references app_user (id),
    updated_at       timestamptz  not null,
    version          bigint       not null
);

create table weekly_plan_item (
    id          bigserial     primary key,
    process_id  bigint        not null references weekly_plan (process_id) on delete cascade,
    weekday     varchar(9)    not null,
    position    int           not null,
    starts_at   time,
    ends_at     time,
    activity    varchar(200)  not null,
    is_break    boolean       not null default false
);
create index weekly_plan_item_process_idx on weekly_plan_item (process_id, weekday, position);

create table mastery_entry (
    id              bigserial      primary key,
    process_id      bigint         not null references inclusion_process (id) on delete cascade,
    entry_date      date           not null,
    went_well       varchar(2000),
    was_hard        varchar(2000),
    author_user_id  bigint         not null references app_user (id),
    created_at      timestamptz    not null,
    check (went_well is not null or was_hard is not null)
);
create index mastery_entry_process_idx on mastery_entry (process_id, entry_date desc, id desc);

create table mentoring_question (
    id                  bigserial      primary key,
    process_id          bigint         not null references inclusion_process (id) on delete cascade,
    asked_by            bigint         not null references app_user (id),
    counsellor_user_id  bigint         references app_user (id),
    body                varchar(4000)  not null,
    asked_at            timestamptz    not null,
    first_answered_at   timestamptz
);
create index mentoring_question_process_idx on mentoring_question (process_id, asked_at desc);
create index mentoring_question_open_idx on mentoring_question (counsellor_user_id) where first_answered_at is null;

create table mentoring_answer (
    id              bigserial      primary key,
    question_id     bigint         not null references mentoring_question (id) on delete cascade,
    author_user_id  bigint         not null references app_user (id),
    body            varchar(4000)  not null,
    answered_at     timestamptz    not null
);
create index mentoring_answer_question_idx on mentoring_answer (question_id, answered_at);

create table challenge_flag (
    id               bigserial      primary key,
    process_id       bigint         not null references inclusion_process (id) on delete cascade,
    challenge        varchar(40)    not null,
    note             varchar(2000)  not null,
    raised_by        bigint         not null references app_user (id),
    raised_at        timestamptz    not null,
    resolved_at      timestamptz,
    resolved_by      bigint         references app_user (id),
    resolution_note  varchar(2000),
    check ((resolved_at is null) = (resolved_by is null)),
    check ((resolved_at is null) = (resolution_note is null))
);
create index challenge_flag_process_idx on challenge_flag (process_id, raised_at desc);

-- Retention (see privacy.CandidateAnonymiser): when a candidate is anonymised, what was written about them in the
-- workspace goes too. The weekly plan and the mastery log are deleted; the guide's steps keep their done dates, and
-- questions and challenge flags keep their kind and times (for statistics) but lose their text.
create function mentoring_forget_candidate() returns trigger language plpgsql as $$
begin
    if new.anonymised_at is not null and old.anonymised_at is null then
        delete from weekly_plan where process_id in (select id from inclusion_process where candidate_id = new.id);
        delete from mastery_entry where process_id in (select id from inclusion_process where candidate_id = new.id);
        update mentoring_step set note = null
         where process_id in (select id from inclusion_process where candidate_id = new.id);
        update mentoring_question set body = 'anonymisert'
         where process_id in (select id from inclusion_process where candidate_id = new.id);
        update mentoring_answer set body = 'anonymisert'
         where question_id in (select q.id from mentoring_question q join inclusion_process p on p.id = q.process_id
                                where p.candidate_id = new.id);
        update challenge_flag set note = 'anonymisert',
               resolution_note = case when resolution_note is null then null else 'anonymisert' end
         where process_id in (select id from inclusion_process where candidate_id = new.id);
    end if;
    return new;
end $$;

create trigger candidate_anonymised_mentoring after update of anonymised_at on candidate
    for each row execute function mentoring_forget_candidate();
