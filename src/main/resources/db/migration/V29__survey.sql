-- Surveys (issue 14, part 3): questionnaires built by the office leader, sent to counsellors, mentors or employers of
-- an office, or triggered when a process ends; answered through a personal link or logged in; always anonymous.

create table survey (
    id            bigserial    primary key,
    office_id     varchar(4)   not null references office (id),
    title         varchar(200) not null,
    intro         varchar(2000),
    audience      varchar(20)  not null check (audience in ('COUNSELLOR', 'MENTOR', 'EMPLOYER')),
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    -- PROCESS_CLOSED: sent to the process's employer when one of the office's processes reaches Avslutning
    trigger_kind  varchar(30)  check (trigger_kind in ('PROCESS_CLOSED')),
    -- rounds of the same survey share the first round's id; round 1 has its own id here
    series_id     bigint       references survey (id),
    round         integer      not null default 1 check (round between 1 and 1000),
    template_key  varchar(40),
    created_by    bigint       references app_user (id),
    created_at    timestamptz  not null default now(),
    opened_at     timestamptz,
    closed_at     timestamptz,
    version       bigint       not null default 0
);
create index survey_office_idx on survey (office_id, state);
create index survey_series_idx on survey (series_id, round);

create table survey_question (
    id            bigserial    primary key,
    survey_id     bigint       not null references survey (id) on delete cascade,
    position      integer      not null,
    -- the same question in every round of a series (copied with the round), so rounds can be compared
    question_key  varchar(40)  not null,
    section       varchar(200),
    kind          varchar(10)  not null check (kind in ('SINGLE', 'MULTIPLE', 'SCALE', 'TEXT')),
    text          varchar(500) not null,
    required      boolean      not null,
    options       varchar(4000),
    scale_max     integer      check (scale_max in (5, 10)),
    low_label     varchar(100),
    high_label    varchar(100),
    unique (survey_id, question_key)
);
create index survey_question_order_idx on survey_question (survey_id, position);

-- Who was asked. The personal link's token is stored only as its SHA-256; "answered" is all that ever changes.
-- Nothing here points to an answer, and nothing among the answers points here.
create table survey_recipient (
    id            bigserial    primary key,
    survey_id     bigint       not null references survey (id) on delete cascade,
    user_id       bigint       references app_user (id),
    office_id     varchar(4)   not null references office (id),
    -- the ended process that triggered the invitation (the employer is asked once per process), or null
    process_id    bigint       references inclusion_process (id),
    token_hash    varchar(64)  not null unique,
    invited_at    timestamptz  not null default now(),
    answered      boolean      not null default false,
    reminded      boolean      not null default false
);
create unique index survey_recipient_once on survey_recipient (survey_id, user_id, coalesce(process_id, 0));
create index survey_recipient_user_idx on survey_recipient (user_id) where not answered;

-- One respondent's answers, anonymous: a random key, the survey and the office group only. No serial id, no time,
-- no user, no token. Rows arrive in shuffled batches of at least five respondents (SurveyAnswerBuffer).
create table survey_response (
    id            uuid         primary key,
    survey_id     bigint       not null references survey (id) on delete cascade,
    office_id     varchar(4)   not null references office (id)
);
create index survey_response_survey_idx on survey_response (survey_id, office_id);

create table survey_answer (
    response_id   uuid         not null references survey_response (id) on delete cascade,
    question_id   bigint       not null references survey_question (id) on delete cascade,
    -- the chosen option (0-based; one row per option of a multiple choice) or the scale value
    choice        integer,
    text          varchar(2000),
    check ((choice is null) <> (text is null))
);
create index survey_answer_question_idx on survey_answer (question_id);
create index survey_answer_response_idx on survey_answer (response_id);
